// type-graphql reads design-time types through the Reflect metadata API; the polyfill
// must be loaded before any decorator runs, so every subgraph imports decorators from here.
import 'reflect-metadata';

export * from 'type-graphql';
