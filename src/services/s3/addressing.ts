import type { ServiceAddressing } from '../../core/runtime.js';

/** `<bucket>.s3.localhost`, `<bucket>.s3.us-east-1.localhost`, `<bucket>.s3.amazonaws.com` (and s3-<region> forms). */
const S3_HOST = /\.s3([.-][a-z0-9-]+)*\.localhost$|\.s3\.amazonaws\.com$|\.s3([.-][a-z0-9-]+)*\.amazonaws\.com$/;

/**
 * How S3 is addressed beyond its model: virtual-hosted buckets become path style for the model's
 * URIs, and S3 takes whatever no other service claims, as its endpoint answers any path.
 */
export const s3Addressing: ServiceAddressing = {
  service: 's3',
  catchAll: true,
  claimsHost(host) {
    const labels = host.split('.');
    return labels.includes('s3') || labels.some((label) => label.startsWith('s3-'));
  },
  modelPath(host, path) {
    const lower = host.toLowerCase();
    let bucket: string | undefined;
    const match = S3_HOST.exec(lower);
    if (match) bucket = host.slice(0, match.index);
    else if (lower.endsWith('.localhost') && !lower.startsWith('s3.')) bucket = host.slice(0, -'.localhost'.length);
    if (!bucket) return path;
    return `/${bucket}${path === '/' ? '' : path}` || '/';
  },
};
