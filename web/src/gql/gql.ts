/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MyBindings {\n    me {\n      id\n      assuranceLevel\n    }\n    myBindings {\n      drivingLicence {\n        licenceNumber\n        fileNumber\n        boundAt\n      }\n      vehicles {\n        plate\n        boundAt\n      }\n    }\n  }\n": typeof types.MyBindingsDocument,
    "\n  query MyDrivingLicence {\n    me {\n      id\n      drivingLicence {\n        vehicleClass\n        validUntil\n        points\n        status\n      }\n    }\n  }\n": typeof types.MyDrivingLicenceDocument,
    "\n  mutation BindDrivingLicence($licenceNumber: String!, $fileNumber: String!) {\n    bindDrivingLicence(licenceNumber: $licenceNumber, fileNumber: $fileNumber) {\n      bindings {\n        drivingLicence {\n          licenceNumber\n          fileNumber\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BindDrivingLicenceDocument,
    "\n  mutation UnbindDrivingLicence {\n    unbindDrivingLicence {\n      bindings {\n        drivingLicence {\n          licenceNumber\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnbindDrivingLicenceDocument,
    "\n  mutation BindVehicle($plate: String!) {\n    bindVehicle(plate: $plate) {\n      bindings {\n        vehicles {\n          plate\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.BindVehicleDocument,
    "\n  mutation UnbindVehicle($plate: String!) {\n    unbindVehicle(plate: $plate) {\n      bindings {\n        vehicles {\n          plate\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnbindVehicleDocument,
    "\n  mutation SendSmsCode($phone: String!, $purpose: SmsCodePurpose!, $humanCheck: HumanCheckAnswer) {\n    requestSmsCode(phone: $phone, purpose: $purpose, humanCheck: $humanCheck) {\n      sent\n      retryAfterSeconds\n      humanCheck {\n        id\n        prompt\n        max\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SendSmsCodeDocument,
    "\n  query CitizenHome {\n    me {\n      id\n      name\n      assuranceLevel\n    }\n  }\n": typeof types.CitizenHomeDocument,
    "\n  fragment PaymentOrderFields on PaymentOrder {\n    id\n    status\n    subject\n    businessKind\n    businessKindName\n    amountFen\n    lines {\n      label\n      amountFen\n    }\n    channel\n    expiresAt\n    paidAt\n    createdAt\n  }\n": typeof types.PaymentOrderFieldsFragmentDoc,
    "\n  query PaymentOrderDetail($id: ID!) {\n    paymentOrder(id: $id) {\n      ...PaymentOrderFields\n    }\n  }\n": typeof types.PaymentOrderDetailDocument,
    "\n  query MyPaymentOrders {\n    myPaymentOrders {\n      id\n      status\n      subject\n      businessKindName\n      amountFen\n      channel\n      createdAt\n      paidAt\n    }\n  }\n": typeof types.MyPaymentOrdersDocument,
    "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) {\n      pay {\n        url\n        qrCode\n        expiresAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.StartPaymentDocument,
    "\n  query MyProfile {\n    me {\n      id\n      name\n      idNumber\n      phone\n      assuranceLevel\n      realName {\n        level\n        method\n        verifiedAt\n        phoneMatched\n      }\n      channels {\n        channel\n        linkedAt\n        lastSignInAt\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query MyRealName {\n    me {\n      id\n      assuranceLevel\n      realName {\n        level\n        method\n        verifiedAt\n      }\n    }\n  }\n": typeof types.MyRealNameDocument,
    "\n  mutation VerifyRealNameBasic($input: BasicRealNameInput!) {\n    verifyRealNameBasic(input: $input) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.VerifyRealNameBasicDocument,
    "\n  mutation VerifyRealNameByFace($input: FaceRealNameInput!) {\n    verifyRealNameByFace(input: $input) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.VerifyRealNameByFaceDocument,
    "\n  mutation VerifyRealNameByNetworkPassword($password: String!) {\n    verifyRealNameByNetworkPassword(password: $password) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.VerifyRealNameByNetworkPasswordDocument,
    "\n  mutation VerifyNetworkIdentity($networkIdCode: String!, $password: String!) {\n    verifyNetworkIdentity(networkIdCode: $networkIdCode, password: $password) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.VerifyNetworkIdentityDocument,
    "\n  mutation SignInWithPhone($phone: String!, $code: String!) {\n    signInWithPhone(phone: $phone, code: $code) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SignInWithPhoneDocument,
    "\n  mutation SignInWithAlipay($authCode: String!) {\n    signInWithAlipay(authCode: $authCode) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SignInWithAlipayDocument,
    "\n  mutation SignInWithWechat($code: String!) {\n    signInWithWechat(code: $code) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SignInWithWechatDocument,
    "\n  mutation DevSignIn($idNumber: String!) {\n    devSignIn(idNumber: $idNumber) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DevSignInDocument,
    "\n  query MyVehiclesAndViolations {\n    me {\n      name\n      idNumber\n      vehicles {\n        plate\n        brand\n        model\n        color\n        newEnergy\n        inspectionDue\n        violations {\n          id\n          occurredAt\n          place\n          behavior\n          points\n          fineYuan\n          status\n          agency\n          decisionNumber\n          decidedAt\n        }\n      }\n    }\n  }\n": typeof types.MyVehiclesAndViolationsDocument,
    "\n  mutation PayViolationFine($input: PayViolationFineInput!) {\n    payViolationFine(input: $input) {\n      payment {\n        orderId\n        fineFen\n        lateFeeFen\n        amountFen\n        expiresAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.PayViolationFineDocument,
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!, $totp: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {\n      ok\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  query FugitiveAlerts($status: AlertStatus, $first: Int!) {\n    fugitiveAlerts(status: $status, first: $first) {\n      id\n      status\n      caseNumber\n      wantedBy\n      category\n      listedOn\n      unitCode\n      createdAt\n      acknowledgedAt\n      idNumber\n      citizen {\n        id\n        name\n        phone\n      }\n    }\n  }\n": typeof types.FugitiveAlertsDocument,
    "\n  mutation AcknowledgeFugitiveAlert($id: ID!) {\n    acknowledgeFugitiveAlert(id: $id) {\n      alert {\n        id\n        status\n        acknowledgedAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.AcknowledgeFugitiveAlertDocument,
    "\n  query OfficerResetRequests {\n    officerResetRequests {\n      id\n      officerId\n      username\n      requestedBy\n      requiredRole\n      resetTotp\n      requestedAt\n      expiresAt\n    }\n  }\n": typeof types.OfficerResetRequestsDocument,
    "\n  mutation ApproveOfficerReset($resetRequestId: ID!) {\n    approveOfficerReset(resetRequestId: $resetRequestId) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ApproveOfficerResetDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    actorKind\n    actorId\n    targetKind\n    targetId\n    field\n    purpose\n    requestId\n    details\n    hash\n    archived\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  fragment AuditChainFields on AuditChainStatus {\n    ok\n    checkedRows\n    firstBrokenId\n    reason\n    gaps\n    checkedAt\n  }\n": typeof types.AuditChainFieldsFragmentDoc,
    "\n  query AuditTrailEntries($filter: AuditEntryFilter, $first: Int!, $after: String, $identity: Boolean!, $traffic: Boolean!, $payment: Boolean!) {\n    auditTrails {\n      identity @include(if: $identity) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n      traffic @include(if: $traffic) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n      payment @include(if: $payment) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailEntriesDocument,
    "\n  query AuditTrailChain($identity: Boolean!, $traffic: Boolean!, $payment: Boolean!) {\n    auditTrails {\n      identity @include(if: $identity) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n      traffic @include(if: $traffic) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n      payment @include(if: $payment) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n    }\n  }\n": typeof types.AuditTrailChainDocument,
    "\n  fragment JobQueueFields on JobQueue {\n    subgraph\n    counts {\n      pending\n      running\n      done\n      dead\n      oldestDueAgeSeconds\n    }\n    jobs(state: DEAD, first: 20) {\n      id\n      kind\n      key\n      state\n      attempts\n      maxAttempts\n      lastError\n      updatedAt\n    }\n  }\n": typeof types.JobQueueFieldsFragmentDoc,
    "\n  query JobQueues {\n    jobQueues {\n      identity {\n        ...JobQueueFields\n      }\n      traffic {\n        ...JobQueueFields\n      }\n      payment {\n        ...JobQueueFields\n      }\n    }\n  }\n": typeof types.JobQueuesDocument,
    "\n  mutation RetryIdentityJob($id: ID!) {\n    retryIdentityJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RetryIdentityJobDocument,
    "\n  mutation RetryTrafficJob($id: ID!) {\n    retryTrafficJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RetryTrafficJobDocument,
    "\n  mutation RetryPaymentJob($id: ID!) {\n    retryPaymentJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RetryPaymentJobDocument,
    "\n  query Officers($unitCode: String, $includeSubUnits: Boolean!) {\n    officers(unitCode: $unitCode, includeSubUnits: $includeSubUnits) {\n      id\n      username\n      name\n      phone\n      unitCode\n      roles\n      disabled\n      lockedUntil\n      totpEnrolled\n      passwordExpiresAt\n      lastSignInAt\n    }\n  }\n": typeof types.OfficersDocument,
    "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateOfficerDocument,
    "\n  mutation UpdateOfficerRoles($officerId: ID!, $roles: [OfficerRole!]!) {\n    updateOfficerRoles(officerId: $officerId, roles: $roles) {\n      officer {\n        id\n        roles\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UpdateOfficerRolesDocument,
    "\n  mutation DisableOfficer($officerId: ID!) {\n    disableOfficer(officerId: $officerId) {\n      officer {\n        id\n        disabled\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.DisableOfficerDocument,
    "\n  mutation EnableOfficer($officerId: ID!) {\n    enableOfficer(officerId: $officerId) {\n      officer {\n        id\n        disabled\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EnableOfficerDocument,
    "\n  mutation ResetOfficerPassword($officerId: ID!, $resetTotp: Boolean!) {\n    resetOfficerPassword(officerId: $officerId, resetTotp: $resetTotp) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      pendingReset {\n        id\n        requiredRole\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ResetOfficerPasswordDocument,
    "\n  mutation UnlockOfficer($officerId: ID!) {\n    unlockOfficer(officerId: $officerId) {\n      officer {\n        id\n        lockedUntil\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.UnlockOfficerDocument,
    "\n  query PartnerKeys($includeInactive: Boolean!) {\n    partnerKeys(includeInactive: $includeInactive) {\n      id\n      partnerName\n      prefix\n      scopes\n      ratePerMinute\n      costBudgetPerDay\n      active\n      createdAt\n      expiresAt\n      revokedAt\n      rotatedFromId\n    }\n    partnerScopes {\n      scope\n      description\n    }\n  }\n": typeof types.PartnerKeysDocument,
    "\n  mutation IssuePartnerKey($input: IssuePartnerKeyInput!) {\n    issuePartnerKey(input: $input) {\n      key {\n        id\n        prefix\n        partnerName\n      }\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.IssuePartnerKeyDocument,
    "\n  mutation RotatePartnerKey($id: ID!, $graceMinutes: Int!) {\n    rotatePartnerKey(id: $id, graceMinutes: $graceMinutes) {\n      key {\n        id\n        prefix\n        partnerName\n      }\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RotatePartnerKeyDocument,
    "\n  mutation RevokePartnerKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      key {\n        id\n        active\n        revokedAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.RevokePartnerKeyDocument,
    "\n  query PaymentOrders($filter: PaymentOrderFilter, $first: Int!, $after: String) {\n    paymentOrders(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        subject\n        businessKind\n        businessKindName\n        amountFen\n        countyCode\n        channel\n        paidAt\n        createdAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.PaymentOrdersDocument,
    "\n  query CurrentOfficer {\n    currentOfficer {\n      id\n      username\n      name\n      phone\n      unitCode\n      roles\n      totpEnrolled\n      passwordExpiresAt\n      createdAt\n      lastSignInAt\n    }\n    units {\n      code\n      name\n      parentCode\n    }\n  }\n": typeof types.CurrentOfficerDocument,
    "\n  mutation OfficerSignOut {\n    officerSignOut\n  }\n": typeof types.OfficerSignOutDocument,
    "\n  mutation OfficerSignIn($username: String!, $password: String!, $totp: String!) {\n    officerSignIn(username: $username, password: $password, totp: $totp) {\n      token\n      expiresAt\n      mustChangePassword\n      enrolmentTicket\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.OfficerSignInDocument,
    "\n  mutation EnrolTotp($ticket: String!) {\n    enrolTotp(ticket: $ticket) {\n      qrCodeDataUrl\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.EnrolTotpDocument,
    "\n  mutation ConfirmTotp($ticket: String!, $code: String!) {\n    confirmTotp(ticket: $ticket, code: $code) {\n      token\n      expiresAt\n      mustChangePassword\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ConfirmTotpDocument,
    "\n  mutation ChangeExpiredPassword($username: String!, $currentPassword: String!, $newPassword: String!, $totp: String!) {\n    changeExpiredPassword(username: $username, currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {\n      token\n      expiresAt\n      mustChangePassword\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.ChangeExpiredPasswordDocument,
    "\n  query Units {\n    units {\n      code\n      name\n      regionCode\n      parentCode\n      dutyPhone\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit {\n        code\n        name\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation SetUnitDutyPhone($code: String!, $phone: String) {\n    setUnitDutyPhone(code: $code, phone: $phone) {\n      unit {\n        code\n        dutyPhone\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": typeof types.SetUnitDutyPhoneDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    message\n    field\n  }\n": typeof types.UserErrorFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query MyBindings {\n    me {\n      id\n      assuranceLevel\n    }\n    myBindings {\n      drivingLicence {\n        licenceNumber\n        fileNumber\n        boundAt\n      }\n      vehicles {\n        plate\n        boundAt\n      }\n    }\n  }\n": types.MyBindingsDocument,
    "\n  query MyDrivingLicence {\n    me {\n      id\n      drivingLicence {\n        vehicleClass\n        validUntil\n        points\n        status\n      }\n    }\n  }\n": types.MyDrivingLicenceDocument,
    "\n  mutation BindDrivingLicence($licenceNumber: String!, $fileNumber: String!) {\n    bindDrivingLicence(licenceNumber: $licenceNumber, fileNumber: $fileNumber) {\n      bindings {\n        drivingLicence {\n          licenceNumber\n          fileNumber\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BindDrivingLicenceDocument,
    "\n  mutation UnbindDrivingLicence {\n    unbindDrivingLicence {\n      bindings {\n        drivingLicence {\n          licenceNumber\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnbindDrivingLicenceDocument,
    "\n  mutation BindVehicle($plate: String!) {\n    bindVehicle(plate: $plate) {\n      bindings {\n        vehicles {\n          plate\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.BindVehicleDocument,
    "\n  mutation UnbindVehicle($plate: String!) {\n    unbindVehicle(plate: $plate) {\n      bindings {\n        vehicles {\n          plate\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnbindVehicleDocument,
    "\n  mutation SendSmsCode($phone: String!, $purpose: SmsCodePurpose!, $humanCheck: HumanCheckAnswer) {\n    requestSmsCode(phone: $phone, purpose: $purpose, humanCheck: $humanCheck) {\n      sent\n      retryAfterSeconds\n      humanCheck {\n        id\n        prompt\n        max\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SendSmsCodeDocument,
    "\n  query CitizenHome {\n    me {\n      id\n      name\n      assuranceLevel\n    }\n  }\n": types.CitizenHomeDocument,
    "\n  fragment PaymentOrderFields on PaymentOrder {\n    id\n    status\n    subject\n    businessKind\n    businessKindName\n    amountFen\n    lines {\n      label\n      amountFen\n    }\n    channel\n    expiresAt\n    paidAt\n    createdAt\n  }\n": types.PaymentOrderFieldsFragmentDoc,
    "\n  query PaymentOrderDetail($id: ID!) {\n    paymentOrder(id: $id) {\n      ...PaymentOrderFields\n    }\n  }\n": types.PaymentOrderDetailDocument,
    "\n  query MyPaymentOrders {\n    myPaymentOrders {\n      id\n      status\n      subject\n      businessKindName\n      amountFen\n      channel\n      createdAt\n      paidAt\n    }\n  }\n": types.MyPaymentOrdersDocument,
    "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) {\n      pay {\n        url\n        qrCode\n        expiresAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.StartPaymentDocument,
    "\n  query MyProfile {\n    me {\n      id\n      name\n      idNumber\n      phone\n      assuranceLevel\n      realName {\n        level\n        method\n        verifiedAt\n        phoneMatched\n      }\n      channels {\n        channel\n        linkedAt\n        lastSignInAt\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query MyRealName {\n    me {\n      id\n      assuranceLevel\n      realName {\n        level\n        method\n        verifiedAt\n      }\n    }\n  }\n": types.MyRealNameDocument,
    "\n  mutation VerifyRealNameBasic($input: BasicRealNameInput!) {\n    verifyRealNameBasic(input: $input) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.VerifyRealNameBasicDocument,
    "\n  mutation VerifyRealNameByFace($input: FaceRealNameInput!) {\n    verifyRealNameByFace(input: $input) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.VerifyRealNameByFaceDocument,
    "\n  mutation VerifyRealNameByNetworkPassword($password: String!) {\n    verifyRealNameByNetworkPassword(password: $password) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.VerifyRealNameByNetworkPasswordDocument,
    "\n  mutation VerifyNetworkIdentity($networkIdCode: String!, $password: String!) {\n    verifyNetworkIdentity(networkIdCode: $networkIdCode, password: $password) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.VerifyNetworkIdentityDocument,
    "\n  mutation SignInWithPhone($phone: String!, $code: String!) {\n    signInWithPhone(phone: $phone, code: $code) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignInWithPhoneDocument,
    "\n  mutation SignInWithAlipay($authCode: String!) {\n    signInWithAlipay(authCode: $authCode) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignInWithAlipayDocument,
    "\n  mutation SignInWithWechat($code: String!) {\n    signInWithWechat(code: $code) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SignInWithWechatDocument,
    "\n  mutation DevSignIn($idNumber: String!) {\n    devSignIn(idNumber: $idNumber) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DevSignInDocument,
    "\n  query MyVehiclesAndViolations {\n    me {\n      name\n      idNumber\n      vehicles {\n        plate\n        brand\n        model\n        color\n        newEnergy\n        inspectionDue\n        violations {\n          id\n          occurredAt\n          place\n          behavior\n          points\n          fineYuan\n          status\n          agency\n          decisionNumber\n          decidedAt\n        }\n      }\n    }\n  }\n": types.MyVehiclesAndViolationsDocument,
    "\n  mutation PayViolationFine($input: PayViolationFineInput!) {\n    payViolationFine(input: $input) {\n      payment {\n        orderId\n        fineFen\n        lateFeeFen\n        amountFen\n        expiresAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.PayViolationFineDocument,
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!, $totp: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {\n      ok\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  query FugitiveAlerts($status: AlertStatus, $first: Int!) {\n    fugitiveAlerts(status: $status, first: $first) {\n      id\n      status\n      caseNumber\n      wantedBy\n      category\n      listedOn\n      unitCode\n      createdAt\n      acknowledgedAt\n      idNumber\n      citizen {\n        id\n        name\n        phone\n      }\n    }\n  }\n": types.FugitiveAlertsDocument,
    "\n  mutation AcknowledgeFugitiveAlert($id: ID!) {\n    acknowledgeFugitiveAlert(id: $id) {\n      alert {\n        id\n        status\n        acknowledgedAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.AcknowledgeFugitiveAlertDocument,
    "\n  query OfficerResetRequests {\n    officerResetRequests {\n      id\n      officerId\n      username\n      requestedBy\n      requiredRole\n      resetTotp\n      requestedAt\n      expiresAt\n    }\n  }\n": types.OfficerResetRequestsDocument,
    "\n  mutation ApproveOfficerReset($resetRequestId: ID!) {\n    approveOfficerReset(resetRequestId: $resetRequestId) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ApproveOfficerResetDocument,
    "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    actorKind\n    actorId\n    targetKind\n    targetId\n    field\n    purpose\n    requestId\n    details\n    hash\n    archived\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  fragment AuditChainFields on AuditChainStatus {\n    ok\n    checkedRows\n    firstBrokenId\n    reason\n    gaps\n    checkedAt\n  }\n": types.AuditChainFieldsFragmentDoc,
    "\n  query AuditTrailEntries($filter: AuditEntryFilter, $first: Int!, $after: String, $identity: Boolean!, $traffic: Boolean!, $payment: Boolean!) {\n    auditTrails {\n      identity @include(if: $identity) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n      traffic @include(if: $traffic) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n      payment @include(if: $payment) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.AuditTrailEntriesDocument,
    "\n  query AuditTrailChain($identity: Boolean!, $traffic: Boolean!, $payment: Boolean!) {\n    auditTrails {\n      identity @include(if: $identity) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n      traffic @include(if: $traffic) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n      payment @include(if: $payment) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n    }\n  }\n": types.AuditTrailChainDocument,
    "\n  fragment JobQueueFields on JobQueue {\n    subgraph\n    counts {\n      pending\n      running\n      done\n      dead\n      oldestDueAgeSeconds\n    }\n    jobs(state: DEAD, first: 20) {\n      id\n      kind\n      key\n      state\n      attempts\n      maxAttempts\n      lastError\n      updatedAt\n    }\n  }\n": types.JobQueueFieldsFragmentDoc,
    "\n  query JobQueues {\n    jobQueues {\n      identity {\n        ...JobQueueFields\n      }\n      traffic {\n        ...JobQueueFields\n      }\n      payment {\n        ...JobQueueFields\n      }\n    }\n  }\n": types.JobQueuesDocument,
    "\n  mutation RetryIdentityJob($id: ID!) {\n    retryIdentityJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RetryIdentityJobDocument,
    "\n  mutation RetryTrafficJob($id: ID!) {\n    retryTrafficJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RetryTrafficJobDocument,
    "\n  mutation RetryPaymentJob($id: ID!) {\n    retryPaymentJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RetryPaymentJobDocument,
    "\n  query Officers($unitCode: String, $includeSubUnits: Boolean!) {\n    officers(unitCode: $unitCode, includeSubUnits: $includeSubUnits) {\n      id\n      username\n      name\n      phone\n      unitCode\n      roles\n      disabled\n      lockedUntil\n      totpEnrolled\n      passwordExpiresAt\n      lastSignInAt\n    }\n  }\n": types.OfficersDocument,
    "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateOfficerDocument,
    "\n  mutation UpdateOfficerRoles($officerId: ID!, $roles: [OfficerRole!]!) {\n    updateOfficerRoles(officerId: $officerId, roles: $roles) {\n      officer {\n        id\n        roles\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UpdateOfficerRolesDocument,
    "\n  mutation DisableOfficer($officerId: ID!) {\n    disableOfficer(officerId: $officerId) {\n      officer {\n        id\n        disabled\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.DisableOfficerDocument,
    "\n  mutation EnableOfficer($officerId: ID!) {\n    enableOfficer(officerId: $officerId) {\n      officer {\n        id\n        disabled\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EnableOfficerDocument,
    "\n  mutation ResetOfficerPassword($officerId: ID!, $resetTotp: Boolean!) {\n    resetOfficerPassword(officerId: $officerId, resetTotp: $resetTotp) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      pendingReset {\n        id\n        requiredRole\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ResetOfficerPasswordDocument,
    "\n  mutation UnlockOfficer($officerId: ID!) {\n    unlockOfficer(officerId: $officerId) {\n      officer {\n        id\n        lockedUntil\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.UnlockOfficerDocument,
    "\n  query PartnerKeys($includeInactive: Boolean!) {\n    partnerKeys(includeInactive: $includeInactive) {\n      id\n      partnerName\n      prefix\n      scopes\n      ratePerMinute\n      costBudgetPerDay\n      active\n      createdAt\n      expiresAt\n      revokedAt\n      rotatedFromId\n    }\n    partnerScopes {\n      scope\n      description\n    }\n  }\n": types.PartnerKeysDocument,
    "\n  mutation IssuePartnerKey($input: IssuePartnerKeyInput!) {\n    issuePartnerKey(input: $input) {\n      key {\n        id\n        prefix\n        partnerName\n      }\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.IssuePartnerKeyDocument,
    "\n  mutation RotatePartnerKey($id: ID!, $graceMinutes: Int!) {\n    rotatePartnerKey(id: $id, graceMinutes: $graceMinutes) {\n      key {\n        id\n        prefix\n        partnerName\n      }\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RotatePartnerKeyDocument,
    "\n  mutation RevokePartnerKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      key {\n        id\n        active\n        revokedAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.RevokePartnerKeyDocument,
    "\n  query PaymentOrders($filter: PaymentOrderFilter, $first: Int!, $after: String) {\n    paymentOrders(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        subject\n        businessKind\n        businessKindName\n        amountFen\n        countyCode\n        channel\n        paidAt\n        createdAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.PaymentOrdersDocument,
    "\n  query CurrentOfficer {\n    currentOfficer {\n      id\n      username\n      name\n      phone\n      unitCode\n      roles\n      totpEnrolled\n      passwordExpiresAt\n      createdAt\n      lastSignInAt\n    }\n    units {\n      code\n      name\n      parentCode\n    }\n  }\n": types.CurrentOfficerDocument,
    "\n  mutation OfficerSignOut {\n    officerSignOut\n  }\n": types.OfficerSignOutDocument,
    "\n  mutation OfficerSignIn($username: String!, $password: String!, $totp: String!) {\n    officerSignIn(username: $username, password: $password, totp: $totp) {\n      token\n      expiresAt\n      mustChangePassword\n      enrolmentTicket\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.OfficerSignInDocument,
    "\n  mutation EnrolTotp($ticket: String!) {\n    enrolTotp(ticket: $ticket) {\n      qrCodeDataUrl\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.EnrolTotpDocument,
    "\n  mutation ConfirmTotp($ticket: String!, $code: String!) {\n    confirmTotp(ticket: $ticket, code: $code) {\n      token\n      expiresAt\n      mustChangePassword\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ConfirmTotpDocument,
    "\n  mutation ChangeExpiredPassword($username: String!, $currentPassword: String!, $newPassword: String!, $totp: String!) {\n    changeExpiredPassword(username: $username, currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {\n      token\n      expiresAt\n      mustChangePassword\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.ChangeExpiredPasswordDocument,
    "\n  query Units {\n    units {\n      code\n      name\n      regionCode\n      parentCode\n      dutyPhone\n    }\n  }\n": types.UnitsDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit {\n        code\n        name\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation SetUnitDutyPhone($code: String!, $phone: String) {\n    setUnitDutyPhone(code: $code, phone: $phone) {\n      unit {\n        code\n        dutyPhone\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n": types.SetUnitDutyPhoneDocument,
    "\n  fragment UserErrorFields on UserError {\n    code\n    message\n    field\n  }\n": types.UserErrorFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBindings {\n    me {\n      id\n      assuranceLevel\n    }\n    myBindings {\n      drivingLicence {\n        licenceNumber\n        fileNumber\n        boundAt\n      }\n      vehicles {\n        plate\n        boundAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBindings {\n    me {\n      id\n      assuranceLevel\n    }\n    myBindings {\n      drivingLicence {\n        licenceNumber\n        fileNumber\n        boundAt\n      }\n      vehicles {\n        plate\n        boundAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDrivingLicence {\n    me {\n      id\n      drivingLicence {\n        vehicleClass\n        validUntil\n        points\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDrivingLicence {\n    me {\n      id\n      drivingLicence {\n        vehicleClass\n        validUntil\n        points\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindDrivingLicence($licenceNumber: String!, $fileNumber: String!) {\n    bindDrivingLicence(licenceNumber: $licenceNumber, fileNumber: $fileNumber) {\n      bindings {\n        drivingLicence {\n          licenceNumber\n          fileNumber\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BindDrivingLicence($licenceNumber: String!, $fileNumber: String!) {\n    bindDrivingLicence(licenceNumber: $licenceNumber, fileNumber: $fileNumber) {\n      bindings {\n        drivingLicence {\n          licenceNumber\n          fileNumber\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbindDrivingLicence {\n    unbindDrivingLicence {\n      bindings {\n        drivingLicence {\n          licenceNumber\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnbindDrivingLicence {\n    unbindDrivingLicence {\n      bindings {\n        drivingLicence {\n          licenceNumber\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BindVehicle($plate: String!) {\n    bindVehicle(plate: $plate) {\n      bindings {\n        vehicles {\n          plate\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BindVehicle($plate: String!) {\n    bindVehicle(plate: $plate) {\n      bindings {\n        vehicles {\n          plate\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnbindVehicle($plate: String!) {\n    unbindVehicle(plate: $plate) {\n      bindings {\n        vehicles {\n          plate\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnbindVehicle($plate: String!) {\n    unbindVehicle(plate: $plate) {\n      bindings {\n        vehicles {\n          plate\n          boundAt\n        }\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSmsCode($phone: String!, $purpose: SmsCodePurpose!, $humanCheck: HumanCheckAnswer) {\n    requestSmsCode(phone: $phone, purpose: $purpose, humanCheck: $humanCheck) {\n      sent\n      retryAfterSeconds\n      humanCheck {\n        id\n        prompt\n        max\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendSmsCode($phone: String!, $purpose: SmsCodePurpose!, $humanCheck: HumanCheckAnswer) {\n    requestSmsCode(phone: $phone, purpose: $purpose, humanCheck: $humanCheck) {\n      sent\n      retryAfterSeconds\n      humanCheck {\n        id\n        prompt\n        max\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenHome {\n    me {\n      id\n      name\n      assuranceLevel\n    }\n  }\n"): (typeof documents)["\n  query CitizenHome {\n    me {\n      id\n      name\n      assuranceLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentOrderFields on PaymentOrder {\n    id\n    status\n    subject\n    businessKind\n    businessKindName\n    amountFen\n    lines {\n      label\n      amountFen\n    }\n    channel\n    expiresAt\n    paidAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PaymentOrderFields on PaymentOrder {\n    id\n    status\n    subject\n    businessKind\n    businessKindName\n    amountFen\n    lines {\n      label\n      amountFen\n    }\n    channel\n    expiresAt\n    paidAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentOrderDetail($id: ID!) {\n    paymentOrder(id: $id) {\n      ...PaymentOrderFields\n    }\n  }\n"): (typeof documents)["\n  query PaymentOrderDetail($id: ID!) {\n    paymentOrder(id: $id) {\n      ...PaymentOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPaymentOrders {\n    myPaymentOrders {\n      id\n      status\n      subject\n      businessKindName\n      amountFen\n      channel\n      createdAt\n      paidAt\n    }\n  }\n"): (typeof documents)["\n  query MyPaymentOrders {\n    myPaymentOrders {\n      id\n      status\n      subject\n      businessKindName\n      amountFen\n      channel\n      createdAt\n      paidAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) {\n      pay {\n        url\n        qrCode\n        expiresAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPayment($input: StartPaymentInput!) {\n    startPayment(input: $input) {\n      pay {\n        url\n        qrCode\n        expiresAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      name\n      idNumber\n      phone\n      assuranceLevel\n      realName {\n        level\n        method\n        verifiedAt\n        phoneMatched\n      }\n      channels {\n        channel\n        linkedAt\n        lastSignInAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id\n      name\n      idNumber\n      phone\n      assuranceLevel\n      realName {\n        level\n        method\n        verifiedAt\n        phoneMatched\n      }\n      channels {\n        channel\n        linkedAt\n        lastSignInAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRealName {\n    me {\n      id\n      assuranceLevel\n      realName {\n        level\n        method\n        verifiedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyRealName {\n    me {\n      id\n      assuranceLevel\n      realName {\n        level\n        method\n        verifiedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRealNameBasic($input: BasicRealNameInput!) {\n    verifyRealNameBasic(input: $input) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyRealNameBasic($input: BasicRealNameInput!) {\n    verifyRealNameBasic(input: $input) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRealNameByFace($input: FaceRealNameInput!) {\n    verifyRealNameByFace(input: $input) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyRealNameByFace($input: FaceRealNameInput!) {\n    verifyRealNameByFace(input: $input) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRealNameByNetworkPassword($password: String!) {\n    verifyRealNameByNetworkPassword(password: $password) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyRealNameByNetworkPassword($password: String!) {\n    verifyRealNameByNetworkPassword(password: $password) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyNetworkIdentity($networkIdCode: String!, $password: String!) {\n    verifyNetworkIdentity(networkIdCode: $networkIdCode, password: $password) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyNetworkIdentity($networkIdCode: String!, $password: String!) {\n    verifyNetworkIdentity(networkIdCode: $networkIdCode, password: $password) {\n      level\n      method\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPhone($phone: String!, $code: String!) {\n    signInWithPhone(phone: $phone, code: $code) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithPhone($phone: String!, $code: String!) {\n    signInWithPhone(phone: $phone, code: $code) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithAlipay($authCode: String!) {\n    signInWithAlipay(authCode: $authCode) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithAlipay($authCode: String!) {\n    signInWithAlipay(authCode: $authCode) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithWechat($code: String!) {\n    signInWithWechat(code: $code) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithWechat($code: String!) {\n    signInWithWechat(code: $code) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevSignIn($idNumber: String!) {\n    devSignIn(idNumber: $idNumber) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevSignIn($idNumber: String!) {\n    devSignIn(idNumber: $idNumber) {\n      token\n      expiresAt\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVehiclesAndViolations {\n    me {\n      name\n      idNumber\n      vehicles {\n        plate\n        brand\n        model\n        color\n        newEnergy\n        inspectionDue\n        violations {\n          id\n          occurredAt\n          place\n          behavior\n          points\n          fineYuan\n          status\n          agency\n          decisionNumber\n          decidedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVehiclesAndViolations {\n    me {\n      name\n      idNumber\n      vehicles {\n        plate\n        brand\n        model\n        color\n        newEnergy\n        inspectionDue\n        violations {\n          id\n          occurredAt\n          place\n          behavior\n          points\n          fineYuan\n          status\n          agency\n          decisionNumber\n          decidedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayViolationFine($input: PayViolationFineInput!) {\n    payViolationFine(input: $input) {\n      payment {\n        orderId\n        fineFen\n        lateFeeFen\n        amountFen\n        expiresAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PayViolationFine($input: PayViolationFineInput!) {\n    payViolationFine(input: $input) {\n      payment {\n        orderId\n        fineFen\n        lateFeeFen\n        amountFen\n        expiresAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!, $totp: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {\n      ok\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!, $totp: String!) {\n    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {\n      ok\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FugitiveAlerts($status: AlertStatus, $first: Int!) {\n    fugitiveAlerts(status: $status, first: $first) {\n      id\n      status\n      caseNumber\n      wantedBy\n      category\n      listedOn\n      unitCode\n      createdAt\n      acknowledgedAt\n      idNumber\n      citizen {\n        id\n        name\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query FugitiveAlerts($status: AlertStatus, $first: Int!) {\n    fugitiveAlerts(status: $status, first: $first) {\n      id\n      status\n      caseNumber\n      wantedBy\n      category\n      listedOn\n      unitCode\n      createdAt\n      acknowledgedAt\n      idNumber\n      citizen {\n        id\n        name\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeFugitiveAlert($id: ID!) {\n    acknowledgeFugitiveAlert(id: $id) {\n      alert {\n        id\n        status\n        acknowledgedAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeFugitiveAlert($id: ID!) {\n    acknowledgeFugitiveAlert(id: $id) {\n      alert {\n        id\n        status\n        acknowledgedAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerResetRequests {\n    officerResetRequests {\n      id\n      officerId\n      username\n      requestedBy\n      requiredRole\n      resetTotp\n      requestedAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query OfficerResetRequests {\n    officerResetRequests {\n      id\n      officerId\n      username\n      requestedBy\n      requiredRole\n      resetTotp\n      requestedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOfficerReset($resetRequestId: ID!) {\n    approveOfficerReset(resetRequestId: $resetRequestId) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveOfficerReset($resetRequestId: ID!) {\n    approveOfficerReset(resetRequestId: $resetRequestId) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    actorKind\n    actorId\n    targetKind\n    targetId\n    field\n    purpose\n    requestId\n    details\n    hash\n    archived\n  }\n"): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    id\n    at\n    action\n    actorKind\n    actorId\n    targetKind\n    targetId\n    field\n    purpose\n    requestId\n    details\n    hash\n    archived\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditChainFields on AuditChainStatus {\n    ok\n    checkedRows\n    firstBrokenId\n    reason\n    gaps\n    checkedAt\n  }\n"): (typeof documents)["\n  fragment AuditChainFields on AuditChainStatus {\n    ok\n    checkedRows\n    firstBrokenId\n    reason\n    gaps\n    checkedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailEntries($filter: AuditEntryFilter, $first: Int!, $after: String, $identity: Boolean!, $traffic: Boolean!, $payment: Boolean!) {\n    auditTrails {\n      identity @include(if: $identity) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n      traffic @include(if: $traffic) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n      payment @include(if: $payment) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrailEntries($filter: AuditEntryFilter, $first: Int!, $after: String, $identity: Boolean!, $traffic: Boolean!, $payment: Boolean!) {\n    auditTrails {\n      identity @include(if: $identity) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n      traffic @include(if: $traffic) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n      payment @include(if: $payment) {\n        subgraph\n        entries(filter: $filter, first: $first, after: $after) {\n          nodes {\n            ...AuditEntryFields\n          }\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrailChain($identity: Boolean!, $traffic: Boolean!, $payment: Boolean!) {\n    auditTrails {\n      identity @include(if: $identity) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n      traffic @include(if: $traffic) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n      payment @include(if: $payment) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditTrailChain($identity: Boolean!, $traffic: Boolean!, $payment: Boolean!) {\n    auditTrails {\n      identity @include(if: $identity) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n      traffic @include(if: $traffic) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n      payment @include(if: $payment) {\n        subgraph\n        chain {\n          ...AuditChainFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobQueueFields on JobQueue {\n    subgraph\n    counts {\n      pending\n      running\n      done\n      dead\n      oldestDueAgeSeconds\n    }\n    jobs(state: DEAD, first: 20) {\n      id\n      kind\n      key\n      state\n      attempts\n      maxAttempts\n      lastError\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  fragment JobQueueFields on JobQueue {\n    subgraph\n    counts {\n      pending\n      running\n      done\n      dead\n      oldestDueAgeSeconds\n    }\n    jobs(state: DEAD, first: 20) {\n      id\n      kind\n      key\n      state\n      attempts\n      maxAttempts\n      lastError\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobQueues {\n    jobQueues {\n      identity {\n        ...JobQueueFields\n      }\n      traffic {\n        ...JobQueueFields\n      }\n      payment {\n        ...JobQueueFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobQueues {\n    jobQueues {\n      identity {\n        ...JobQueueFields\n      }\n      traffic {\n        ...JobQueueFields\n      }\n      payment {\n        ...JobQueueFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryIdentityJob($id: ID!) {\n    retryIdentityJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryIdentityJob($id: ID!) {\n    retryIdentityJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryTrafficJob($id: ID!) {\n    retryTrafficJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryTrafficJob($id: ID!) {\n    retryTrafficJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryPaymentJob($id: ID!) {\n    retryPaymentJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RetryPaymentJob($id: ID!) {\n    retryPaymentJob(id: $id) {\n      job {\n        id\n        state\n        attempts\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Officers($unitCode: String, $includeSubUnits: Boolean!) {\n    officers(unitCode: $unitCode, includeSubUnits: $includeSubUnits) {\n      id\n      username\n      name\n      phone\n      unitCode\n      roles\n      disabled\n      lockedUntil\n      totpEnrolled\n      passwordExpiresAt\n      lastSignInAt\n    }\n  }\n"): (typeof documents)["\n  query Officers($unitCode: String, $includeSubUnits: Boolean!) {\n    officers(unitCode: $unitCode, includeSubUnits: $includeSubUnits) {\n      id\n      username\n      name\n      phone\n      unitCode\n      roles\n      disabled\n      lockedUntil\n      totpEnrolled\n      passwordExpiresAt\n      lastSignInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOfficer($input: CreateOfficerInput!) {\n    createOfficer(input: $input) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfficerRoles($officerId: ID!, $roles: [OfficerRole!]!) {\n    updateOfficerRoles(officerId: $officerId, roles: $roles) {\n      officer {\n        id\n        roles\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOfficerRoles($officerId: ID!, $roles: [OfficerRole!]!) {\n    updateOfficerRoles(officerId: $officerId, roles: $roles) {\n      officer {\n        id\n        roles\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableOfficer($officerId: ID!) {\n    disableOfficer(officerId: $officerId) {\n      officer {\n        id\n        disabled\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DisableOfficer($officerId: ID!) {\n    disableOfficer(officerId: $officerId) {\n      officer {\n        id\n        disabled\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableOfficer($officerId: ID!) {\n    enableOfficer(officerId: $officerId) {\n      officer {\n        id\n        disabled\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnableOfficer($officerId: ID!) {\n    enableOfficer(officerId: $officerId) {\n      officer {\n        id\n        disabled\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetOfficerPassword($officerId: ID!, $resetTotp: Boolean!) {\n    resetOfficerPassword(officerId: $officerId, resetTotp: $resetTotp) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      pendingReset {\n        id\n        requiredRole\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetOfficerPassword($officerId: ID!, $resetTotp: Boolean!) {\n    resetOfficerPassword(officerId: $officerId, resetTotp: $resetTotp) {\n      officer {\n        id\n        username\n      }\n      oneTimePasswordSentTo\n      pendingReset {\n        id\n        requiredRole\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockOfficer($officerId: ID!) {\n    unlockOfficer(officerId: $officerId) {\n      officer {\n        id\n        lockedUntil\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockOfficer($officerId: ID!) {\n    unlockOfficer(officerId: $officerId) {\n      officer {\n        id\n        lockedUntil\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerKeys($includeInactive: Boolean!) {\n    partnerKeys(includeInactive: $includeInactive) {\n      id\n      partnerName\n      prefix\n      scopes\n      ratePerMinute\n      costBudgetPerDay\n      active\n      createdAt\n      expiresAt\n      revokedAt\n      rotatedFromId\n    }\n    partnerScopes {\n      scope\n      description\n    }\n  }\n"): (typeof documents)["\n  query PartnerKeys($includeInactive: Boolean!) {\n    partnerKeys(includeInactive: $includeInactive) {\n      id\n      partnerName\n      prefix\n      scopes\n      ratePerMinute\n      costBudgetPerDay\n      active\n      createdAt\n      expiresAt\n      revokedAt\n      rotatedFromId\n    }\n    partnerScopes {\n      scope\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePartnerKey($input: IssuePartnerKeyInput!) {\n    issuePartnerKey(input: $input) {\n      key {\n        id\n        prefix\n        partnerName\n      }\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssuePartnerKey($input: IssuePartnerKeyInput!) {\n    issuePartnerKey(input: $input) {\n      key {\n        id\n        prefix\n        partnerName\n      }\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotatePartnerKey($id: ID!, $graceMinutes: Int!) {\n    rotatePartnerKey(id: $id, graceMinutes: $graceMinutes) {\n      key {\n        id\n        prefix\n        partnerName\n      }\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotatePartnerKey($id: ID!, $graceMinutes: Int!) {\n    rotatePartnerKey(id: $id, graceMinutes: $graceMinutes) {\n      key {\n        id\n        prefix\n        partnerName\n      }\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      key {\n        id\n        active\n        revokedAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePartnerKey($id: ID!) {\n    revokePartnerKey(id: $id) {\n      key {\n        id\n        active\n        revokedAt\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentOrders($filter: PaymentOrderFilter, $first: Int!, $after: String) {\n    paymentOrders(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        subject\n        businessKind\n        businessKindName\n        amountFen\n        countyCode\n        channel\n        paidAt\n        createdAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query PaymentOrders($filter: PaymentOrderFilter, $first: Int!, $after: String) {\n    paymentOrders(filter: $filter, first: $first, after: $after) {\n      nodes {\n        id\n        status\n        subject\n        businessKind\n        businessKindName\n        amountFen\n        countyCode\n        channel\n        paidAt\n        createdAt\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentOfficer {\n    currentOfficer {\n      id\n      username\n      name\n      phone\n      unitCode\n      roles\n      totpEnrolled\n      passwordExpiresAt\n      createdAt\n      lastSignInAt\n    }\n    units {\n      code\n      name\n      parentCode\n    }\n  }\n"): (typeof documents)["\n  query CurrentOfficer {\n    currentOfficer {\n      id\n      username\n      name\n      phone\n      unitCode\n      roles\n      totpEnrolled\n      passwordExpiresAt\n      createdAt\n      lastSignInAt\n    }\n    units {\n      code\n      name\n      parentCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerSignOut {\n    officerSignOut\n  }\n"): (typeof documents)["\n  mutation OfficerSignOut {\n    officerSignOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OfficerSignIn($username: String!, $password: String!, $totp: String!) {\n    officerSignIn(username: $username, password: $password, totp: $totp) {\n      token\n      expiresAt\n      mustChangePassword\n      enrolmentTicket\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OfficerSignIn($username: String!, $password: String!, $totp: String!) {\n    officerSignIn(username: $username, password: $password, totp: $totp) {\n      token\n      expiresAt\n      mustChangePassword\n      enrolmentTicket\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolTotp($ticket: String!) {\n    enrolTotp(ticket: $ticket) {\n      qrCodeDataUrl\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolTotp($ticket: String!) {\n    enrolTotp(ticket: $ticket) {\n      qrCodeDataUrl\n      secret\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotp($ticket: String!, $code: String!) {\n    confirmTotp(ticket: $ticket, code: $code) {\n      token\n      expiresAt\n      mustChangePassword\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotp($ticket: String!, $code: String!) {\n    confirmTotp(ticket: $ticket, code: $code) {\n      token\n      expiresAt\n      mustChangePassword\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeExpiredPassword($username: String!, $currentPassword: String!, $newPassword: String!, $totp: String!) {\n    changeExpiredPassword(username: $username, currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {\n      token\n      expiresAt\n      mustChangePassword\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeExpiredPassword($username: String!, $currentPassword: String!, $newPassword: String!, $totp: String!) {\n    changeExpiredPassword(username: $username, currentPassword: $currentPassword, newPassword: $newPassword, totp: $totp) {\n      token\n      expiresAt\n      mustChangePassword\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      code\n      name\n      regionCode\n      parentCode\n      dutyPhone\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      code\n      name\n      regionCode\n      parentCode\n      dutyPhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit {\n        code\n        name\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      unit {\n        code\n        name\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUnitDutyPhone($code: String!, $phone: String) {\n    setUnitDutyPhone(code: $code, phone: $phone) {\n      unit {\n        code\n        dutyPhone\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUnitDutyPhone($code: String!, $phone: String) {\n    setUnitDutyPhone(code: $code, phone: $phone) {\n      unit {\n        code\n        dutyPhone\n      }\n      error {\n        ...UserErrorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserErrorFields on UserError {\n    code\n    message\n    field\n  }\n"): (typeof documents)["\n  fragment UserErrorFields on UserError {\n    code\n    message\n    field\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;