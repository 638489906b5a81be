/** Days and times of instants in the user's time zone (shared with the documents). */
export { clockTime, localDate } from '../../shared/i18n/format';
