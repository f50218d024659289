export * from './payment-order-request.js';
export * from './enqueue-payment-order.js';
export * from './payable-paid-route.js';
