export * from './assurance-directive.js';
export * from './enforce-assurance.js';
export * from './assurance-extension.js';
