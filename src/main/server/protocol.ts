/*
 * The practice server's protocol over HTTPS: POST /api/invoke with {channel, input} as JSON, answered
 * with the handler map's {ok, value} | {ok: false, error}. Shared by the server and its workstations.
 */
export const invokePath = '/api/invoke';
/** Every request: the workstation's own random id (sessions are bound to it). */
export const workstationHeader = 'x-ruggensteun-workstation';
/** Every answer: the session token the workstation holds from now on ('' for none). */
export const sessionHeader = 'x-ruggensteun-session';
