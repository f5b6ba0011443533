#!/usr/bin/env node
// A tiny S3-like endpoint that verifies AWS Signature Version 4 for real (s3rver only checks the access
// key id). It recomputes the canonical request from the request as received — the raw path decoded and
// re-encoded the way S3 does, the query parameters decoded, re-encoded and sorted, the signed headers
// lower-cased and trimmed, the payload's SHA-256 compared with x-amz-content-sha256 — and refuses a
// mismatch with 403 SignatureDoesNotMatch (S3's XML error). Objects are kept in memory: PUT, GET, HEAD,
// and the multipart calls (POST ?uploads, PUT ?partNumber&uploadId, GET ?uploadId, POST ?uploadId,
// DELETE ?uploadId). GET /__objects (unsigned) lists the stored keys as JSON for the tests; a key
// containing "__slowdown__" is answered 503 SlowDown (S3's throttling) to test retry classification.
// Only node's own crypto and http modules are used.
//
// Usage: node sigv4-verifier.js [--port N] [--now yyyyMMddTHHmmssZ]
//        node sigv4-verifier.js --self-test     (prints the signature of the AWS documentation example)
// Credentials: VERIFIER_ACCESS_KEY and VERIFIER_SECRET in the environment.
// Prints "listening <port>" once ready.
'use strict';

const crypto = require('crypto');
const http = require('http');

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => crypto.createHmac('sha256', key).update(data).digest();
const md5 = (data) => crypto.createHash('md5').update(data).digest();

// RFC 3986 encoding as SigV4 specifies it: unreserved characters stay, '/' stays in paths only.
function uriEncode(str, keepSlash) {
  const bytes = Buffer.from(str, 'utf8');
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-._~]/.test(c) || (keepSlash && c === '/')) out += c;
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

// Decodes %XX escapes only ('+' stays '+', as S3 reads paths).
function percentDecode(str) {
  return Buffer.from(
    str.replace(/%([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
}

function canonicalQuery(rawQuery) {
  if (!rawQuery) return '';
  const pairs = rawQuery.split('&').filter((p) => p.length > 0).map((p) => {
    const eq = p.indexOf('=');
    const name = eq < 0 ? p : p.slice(0, eq);
    const value = eq < 0 ? '' : p.slice(eq + 1);
    return [uriEncode(percentDecode(name), false), uriEncode(percentDecode(value), false)];
  });
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([n, v]) => `${n}=${v}`).join('&');
}

// request: {method, rawPath, rawQuery, headers (lower-case names)}; returns the pieces of the signature.
function computeSignature(request, secret) {
  const auth = request.headers['authorization'] || '';
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m) return { error: 'AuthorizationHeaderMalformed' };
  const [, accessKey, date8, region, service, signedHeaders, provided] = m;
  const names = signedHeaders.split(';');
  if (!names.includes('host')) return { error: 'AuthorizationHeaderMalformed' };
  const canonicalHeaders = names
    .map((n) => `${n}:${String(request.headers[n] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonicalUri = uriEncode(percentDecode(request.rawPath), true);
  const payloadHash = request.headers['x-amz-content-sha256'];
  const canonicalRequest = [request.method, canonicalUri, canonicalQuery(request.rawQuery), canonicalHeaders,
    signedHeaders, payloadHash].join('\n');
  const amzDate = request.headers['x-amz-date'];
  const scope = `${date8}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  let key = hmac('AWS4' + secret, date8);
  key = hmac(key, region);
  key = hmac(key, service);
  key = hmac(key, 'aws4_request');
  const signature = crypto.createHmac('sha256', key).update(stringToSign).digest('hex');
  return { accessKey, provided, signature, canonicalRequest, stringToSign, names, amzDate };
}

if (process.argv.includes('--self-test')) {
  // https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html, "GET Object".
  const example = {
    method: 'GET', rawPath: '/test.txt', rawQuery: '',
    headers: {
      host: 'examplebucket.s3.amazonaws.com', range: 'bytes=0-9',
      'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      'x-amz-date': '20130524T000000Z',
      authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=' + '0'.repeat(64),
    },
  };
  const r = computeSignature(example, 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  process.stdout.write(r.signature + '\n');
  process.exit(0);
}

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const ACCESS_KEY = process.env.VERIFIER_ACCESS_KEY || 'AKIAIOSFODNN7EXAMPLE';
const SECRET = process.env.VERIFIER_SECRET || 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const FIXED_NOW = arg('--now', null);

const objects = new Map(); // path key → {body, headers}
const uploads = new Map(); // uploadId → {key, headers, parts: Map<number, Buffer>}

function xmlEscape(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function sendError(res, status, code, message, extra = {}) {
  const fields = Object.entries(extra).map(([k, v]) => `<${k}>${xmlEscape(v)}</${k}>`).join('');
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}` +
    `</Message>${fields}<RequestId>VERIFIER${Date.now()}</RequestId></Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function parseAmzDate(s) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
}

function handle(req, res, body) {
  const url = req.url;
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  if (req.method === 'GET' && rawPath === '/__objects') {
    const list = [...objects.keys()].map((k) => ({ path: k, size: objects.get(k).body.length }));
    const out = JSON.stringify(list);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(out);
    return;
  }
  const sig = computeSignature({ method: req.method, rawPath, rawQuery, headers: req.headers }, SECRET);
  if (sig.error) return sendError(res, 400, sig.error, 'The authorization header is malformed.');
  if (sig.accessKey !== ACCESS_KEY)
    return sendError(res, 403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  for (const required of ['x-amz-date', 'x-amz-content-sha256'])
    if (!sig.names.includes(required))
      return sendError(res, 400, 'InvalidRequest', `${required} must be signed`);
  const now = FIXED_NOW ? parseAmzDate(FIXED_NOW) : Date.now();
  if (!(Math.abs(now - parseAmzDate(sig.amzDate)) <= 15 * 60 * 1000))
    return sendError(res, 403, 'RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.');
  if (sig.signature !== sig.provided)
    return sendError(res, 403, 'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      { CanonicalRequest: sig.canonicalRequest, StringToSign: sig.stringToSign });
  const payloadHash = req.headers['x-amz-content-sha256'];
  if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body))
    return sendError(res, 400, 'XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.");
  if (req.headers['content-md5'] && req.headers['content-md5'] !== md5(body).toString('base64'))
    return sendError(res, 400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');

  const key = percentDecode(rawPath);
  if (key.includes('__slowdown__') && req.method !== 'HEAD')
    return sendError(res, 503, 'SlowDown', 'Please reduce your request rate.');
  const params = new URLSearchParams(rawQuery.replace(/\+/g, '%2B'));
  const objectHeaders = (h) => Object.fromEntries(Object.entries(h).filter(([n]) =>
    n === 'content-type' || n.startsWith('x-amz-meta-') || n.startsWith('x-amz-server-side-encryption')));
  const etagOf = (buf) => `"${md5(buf).toString('hex')}"`;

  if (req.method === 'POST' && params.has('uploads')) {
    const id = crypto.randomBytes(8).toString('hex');
    uploads.set(id, { key, headers: objectHeaders(req.headers), parts: new Map() });
    const xml = `<InitiateMultipartUploadResult><Key>${xmlEscape(key)}</Key><UploadId>${id}</UploadId></InitiateMultipartUploadResult>`;
    res.writeHead(200, { 'Content-Type': 'application/xml' });
    return res.end(xml);
  }
  if (params.has('uploadId')) {
    const upload = uploads.get(params.get('uploadId'));
    if (!upload || upload.key !== key) return sendError(res, 404, 'NoSuchUpload', 'The specified upload does not exist.');
    if (req.method === 'PUT') {
      upload.parts.set(Number(params.get('partNumber')), body);
      res.writeHead(200, { ETag: etagOf(body) });
      return res.end();
    }
    if (req.method === 'GET') {
      const parts = [...upload.parts.entries()].sort((a, b) => a[0] - b[0]).map(([n, b]) =>
        `<Part><PartNumber>${n}</PartNumber><ETag>${etagOf(b)}</ETag><Size>${b.length}</Size></Part>`).join('');
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      return res.end(`<ListPartsResult><IsTruncated>false</IsTruncated>${parts}</ListPartsResult>`);
    }
    if (req.method === 'DELETE') {
      uploads.delete(params.get('uploadId'));
      res.writeHead(204);
      return res.end();
    }
    if (req.method === 'POST') {
      const numbers = [...body.toString().matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
      const buffers = numbers.map((n) => upload.parts.get(n));
      if (buffers.some((b) => !b)) return sendError(res, 400, 'InvalidPart', 'One or more of the specified parts could not be found.');
      const whole = Buffer.concat(buffers);
      const etag = `"${md5(Buffer.concat(buffers.map((b) => md5(b)))).toString('hex')}-${buffers.length}"`;
      objects.set(key, { body: whole, headers: upload.headers, etag });
      uploads.delete(params.get('uploadId'));
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      return res.end(`<CompleteMultipartUploadResult><Key>${xmlEscape(key)}</Key><ETag>${xmlEscape(etag)}</ETag></CompleteMultipartUploadResult>`);
    }
  }
  if (req.method === 'PUT') {
    const etag = etagOf(body);
    objects.set(key, { body, headers: objectHeaders(req.headers), etag });
    res.writeHead(200, { ETag: etag });
    return res.end();
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    const o = objects.get(key);
    if (!o) {
      if (req.method === 'HEAD') { res.writeHead(404); return res.end(); }
      return sendError(res, 404, 'NoSuchKey', 'The specified key does not exist.', { Key: key });
    }
    res.writeHead(200, { ...o.headers, ETag: o.etag, 'Content-Length': o.body.length });
    return res.end(req.method === 'GET' ? o.body : undefined);
  }
  return sendError(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try {
      handle(req, res, Buffer.concat(chunks));
    } catch (e) {
      sendError(res, 500, 'InternalError', String(e));
    }
  });
});
server.listen(Number(arg('--port', 0)), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
