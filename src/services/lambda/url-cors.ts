/**
 * A function URL's CORS configuration applied as Lambda does: a preflight is answered from
 * the configuration alone (the function is not invoked), and the response to an actual
 * request carries the configured headers when the Origin is one the configuration allows.
 * Without a configuration Lambda adds nothing: the function's own headers are all there is.
 */
import type * as L from '../../generated/lambda.js';

type Cors = L.Cors;

/** Whether the configuration lets this Origin in: listed exactly, or `*`. */
export function originAllowed(cors: Cors, origin: string | undefined): origin is string {
  if (!origin) return false;
  const allowed = cors.AllowOrigins ?? [];
  return allowed.includes('*') || allowed.includes(origin);
}

/** `*` only when any origin may call and no credentials travel (browsers refuse `*` with credentials). */
function allowOriginValue(cors: Cors, origin: string): string {
  return (cors.AllowOrigins ?? []).includes('*') && !cors.AllowCredentials ? '*' : origin;
}

/** The headers of the answer to a preflight: none for an Origin the configuration does not allow. */
export function preflightHeaders(cors: Cors, origin: string | undefined): Record<string, string> {
  if (!originAllowed(cors, origin)) return {};
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': allowOriginValue(cors, origin) };
  if (cors.AllowMethods?.length) headers['Access-Control-Allow-Methods'] = cors.AllowMethods.join(', ');
  if (cors.AllowHeaders?.length) headers['Access-Control-Allow-Headers'] = cors.AllowHeaders.join(', ');
  if (cors.AllowCredentials) headers['Access-Control-Allow-Credentials'] = 'true';
  if (cors.MaxAge !== undefined) headers['Access-Control-Max-Age'] = String(cors.MaxAge);
  headers.Vary = 'Origin';
  return headers;
}

/** The CORS headers added to the response to an actual request. */
export function responseHeaders(cors: Cors, origin: string | undefined): Record<string, string> {
  if (!originAllowed(cors, origin)) return {};
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': allowOriginValue(cors, origin) };
  if (cors.ExposeHeaders?.length) headers['Access-Control-Expose-Headers'] = cors.ExposeHeaders.join(', ');
  if (cors.AllowCredentials) headers['Access-Control-Allow-Credentials'] = 'true';
  headers.Vary = 'Origin';
  return headers;
}

/** The function's headers with the configured CORS headers over them (names compared without case). */
export function withCorsHeaders(headers: Record<string, string>, cors: Record<string, string>): Record<string, string> {
  if (!Object.keys(cors).length) return headers;
  const replaced = new Set(Object.keys(cors).map((name) => name.toLowerCase()));
  const merged: Record<string, string> = {};
  let vary: string | undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'vary') vary = value;
    else if (!replaced.has(name.toLowerCase())) merged[name] = value;
  }
  // The function's own Vary keeps its names; Origin joins them.
  if (cors.Vary && vary) return { ...merged, ...cors, Vary: vary.split(',').some((v) => v.trim().toLowerCase() === 'origin') ? vary : `${vary}, ${cors.Vary}` };
  if (vary) merged.Vary = vary;
  return { ...merged, ...cors };
}
