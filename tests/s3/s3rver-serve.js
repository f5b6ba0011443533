#!/usr/bin/env node
// Starts s3rver (an S3-compatible server that keeps objects in a folder) on loopback for Sluice's tests.
// Usage: node s3rver-serve.js --dir DIR [--port N (0: a free one)] [--bucket NAME]...
// Prints "listening <port>" once ready. Credentials: S3RVER / S3RVER (s3rver checks the access key id,
// not the signature). Stops on SIGTERM/SIGINT; multipart uploads in progress stay in DIR, so a restart on
// the same DIR can finish them.
'use strict';

const S3rver = require('s3rver');

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const buckets = args.flatMap((a, i) => (a === '--bucket' ? [{ name: args[i + 1] }] : []));

const server = new S3rver({
  address: '127.0.0.1',
  port: Number(arg('--port', 0)),
  directory: arg('--dir', null),
  silent: true,
  configureBuckets: buckets,
});
server.run().then(
  (address) => process.stdout.write(`listening ${address.port}\n`),
  (err) => {
    process.stderr.write(`s3rver failed to start: ${err.message}\n`);
    process.exit(1);
  },
);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
