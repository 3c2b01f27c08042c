import { MethodNotAllowedError, RequestValidationError } from '@aws-lambda-powertools/event-handler/http';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { errorResponse } from '#functions/admin/router.js';
import { ConflictError, ForbiddenError, InvalidRequestError, NotFoundError, UnauthenticatedError } from '#shared/errors.js';
import { logger } from '#shared/lambda/powertools.js';
import { notFoundIfConditionFails } from '#shared/store/table.js';

const answer = async (error: Error) => {
  const response = errorResponse(error);
  return { status: response.status, body: await response.json() };
};

describe('errorResponse', () => {
  it.each([
    [new InvalidRequestError('Name the state.'), 400, 'BadRequestError', 'Name the state.'],
    [new UnauthenticatedError('A valid bearer token is required.'), 401, 'UnauthorizedError', 'A valid bearer token is required.'],
    [new ForbiddenError('This needs the secretariat group.'), 403, 'ForbiddenError', 'This needs the secretariat group.'],
    [new NotFoundError('Deadline d1'), 404, 'NotFoundError', 'Deadline d1 was not found.'],
    [new ConflictError('Deadline d1 is retired.'), 409, 'ConflictError', 'Deadline d1 is retired.'],
  ])('answers %s with its status, the error name clients read, and its message', async (error, status, name, message) => {
    expect(await answer(error)).toEqual({ status, body: { statusCode: status, error: name, message } });
  });

  it('takes a failed "must exist" update condition for a missing record, keeping the cause', () => {
    const failed = new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
    expect(() => notFoundIfConditionFails('State TUV')(failed)).toThrow(
      expect.objectContaining({ code: 'not_found', message: 'State TUV was not found.', cause: failed }),
    );
  });

  it('names each field of a request that fails its schemas in a 422', async () => {
    const error = new RequestValidationError('Validation failed for request', [
      { path: ['query', 'limit'], message: 'Too small' },
      { path: ['query', 'cursor'], message: 'Not a cursor' },
    ] as never);
    expect(await answer(error)).toEqual({
      status: 422,
      body: {
        statusCode: 422,
        error: 'RequestValidationError',
        message: 'query.limit: Too small; query.cursor: Not a cursor',
        details: { issues: [{ path: 'query.limit', message: 'Too small' }, { path: 'query.cursor', message: 'Not a cursor' }] },
      },
    });
  });

  it("keeps the router's own answers (a method a path does not have)", async () => {
    expect((await answer(new MethodNotAllowedError('Method Not Allowed'))).status).toBe(405);
  });

  it('answers anything else, an SDK exception included, as a 500 that tells nothing, and logs it', async () => {
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const sdk = new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
    for (const error of [new Error('table gone'), sdk]) {
      expect(await answer(error)).toEqual({ status: 500, body: { statusCode: 500, error: 'InternalServerError', message: 'Internal Server Error' } });
      expect(logged).toHaveBeenLastCalledWith('admin request failed', { error });
    }
    logged.mockRestore();
  });
});
