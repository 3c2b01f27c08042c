/**
 * Verifying access tokens with jose: signature against a key set (a Cognito user pool's JWKS on
 * AWS, the local issuer's keys under `npm start`), issuer, audience or client id, expiry.
 *
 * On AWS this runs inside API Gateway's JWT authorizer, not here; only the local admin API server
 * calls it, to play the authorizer's part (`infra/local/localAdminApi.ts`, `infra/local/localAuth.ts`).
 */
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export interface TokenPolicy {
  issuer: string;
  /** Accepted audiences: matched against `aud` (ID tokens) or `client_id` (Cognito access tokens). */
  audiences: string[];
  keys: JWTVerifyGetKey;
  algorithms?: string[];
}

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

export async function verifyAccessToken(token: string, policy: TokenPolicy): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, policy.keys, {
      issuer: policy.issuer,
      algorithms: policy.algorithms ?? ['RS256'],
      requiredClaims: ['exp', 'sub'],
    });
    const audiences = [payload.aud, payload.client_id].flat().filter((a): a is string => typeof a === 'string');
    if (!audiences.some((a) => policy.audiences.includes(a))) throw new InvalidTokenError('the token was not issued for this API');
    return payload;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof errors.JOSEError) throw new InvalidTokenError(`the token is not valid: ${error.code}`, { cause: error });
    throw error;
  }
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
