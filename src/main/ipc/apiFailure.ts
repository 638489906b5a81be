import type { ApiError } from '../../shared/ipc';

/** Thrown by a handler to answer with a translatable error instead of a value. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
    this.name = 'ApiFailure';
  }
}

export function notFound(): ApiFailure {
  return new ApiFailure({ code: 'notFound' });
}
