import { graphql } from '@/gql';

/** One order as the cashier choice and the result page show it. */
export const paymentOrderFields = graphql(`
  fragment PaymentOrderFields on PaymentOrder {
    id
    status
    subject
    businessKind
    businessKindName
    amountFen
    lines {
      label
      amountFen
    }
    channel
    expiresAt
    paidAt
    createdAt
  }
`);

/** Null until the payment centre has the order (the owner asks for it through its outbox), and for anyone else's. */
export const paymentOrderQuery = graphql(`
  query PaymentOrderDetail($id: ID!) {
    paymentOrder(id: $id) {
      ...PaymentOrderFields
    }
  }
`);

export const myPaymentOrdersQuery = graphql(`
  query MyPaymentOrders {
    myPaymentOrders {
      id
      status
      subject
      businessKindName
      amountFen
      channel
      createdAt
      paidAt
    }
  }
`);

/**
 * Opens (or reuses) the channel's trade: its H5 cashier and a QR code of it for another device or,
 * inside WeChat with the page's 网页授权 code (`wechatCode`), the parameters of WeChat's own pay sheet.
 */
export const startPaymentMutation = graphql(`
  mutation StartPayment($input: StartPaymentInput!) {
    startPayment(input: $input) {
      pay {
        url
        qrCode
        expiresAt
        jsapi {
          appId
          timeStamp
          nonceStr
          package
          signType
          paySign
        }
      }
      error {
        ...UserErrorFields
      }
    }
  }
`);
