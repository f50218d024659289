export * from './peer-url.js';
export * from './call-peer.js';
