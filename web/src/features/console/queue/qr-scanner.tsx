'use client';

import { ScanOutlined } from '@ant-design/icons';
import { Alert, Card, Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { checkInQueueTicketMutation } from './queue-desk.operations';

/** `seq` counts the scans answered, so two alike answers in a row are still two. */
type Outcome = { ok: boolean; text: string; seq: number };

/** Where typing goes on its own: the scanner must not take focus away from these. */
const typesText = (element: Element | null) =>
  element instanceof HTMLElement && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));

/**
 * 扫码签到: the window's hardware scanner types the QR payload and Enter into
 * this field, so it keeps the focus (a click on a button gives it back). A
 * forged or altered code is refused by the API and changes nothing.
 */
export function QrScanner({ hallId, onCheckedIn }: { hallId: string; onCheckedIn: () => void }) {
  const api = useOfficerApi();
  const checkIn = useMutation(api, checkInQueueTicketMutation);
  const input = useRef<InputRef>(null);
  const [value, setValue] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  function keepFocus() {
    // After the click that moved it: to a button or nowhere, the scanner gets it back.
    setTimeout(() => {
      if (!typesText(document.activeElement)) input.current?.focus();
    }, 0);
  }

  async function onScan() {
    const qrPayload = value.trim();
    setValue('');
    if (!qrPayload) return;
    const { data, errors } = await checkIn.run({ qrPayload, hallId });
    const payload = data?.checkInQueueTicket;
    if (payload?.ticket) {
      const { ticket, ahead } = payload;
      setOutcome((last) => ({ ok: true, text: `签到成功：${ticket.number}（${ticket.item.name}，${ticket.slot}）${ahead != null ? `，前面还有 ${ahead} 人等候` : ''}`, seq: (last?.seq ?? 0) + 1 }));
      onCheckedIn();
    } else {
      const text = payload?.error ? userErrorMessage(payload.error, '签到失败，请重新扫码') : (describeErrors(errors)[0] ?? '签到失败，请重新扫码');
      setOutcome((last) => ({ ok: false, text, seq: (last?.seq ?? 0) + 1 }));
    }
    input.current?.focus();
  }

  return (
    <Card type="inner" title="扫码签到" data-testid="qr-scanner">
      <Input
        ref={input}
        size="large"
        prefix={<ScanOutlined />}
        placeholder="请扫描群众出示的取号二维码"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onPressEnter={onScan}
        onBlur={keepFocus}
        autoComplete="off"
        data-testid="scanner-input"
      />
      {outcome && (
        <Alert
          style={{ marginTop: 12 }}
          type={outcome.ok ? 'success' : 'error'}
          showIcon
          title={outcome.text}
          data-testid="scan-result"
          data-outcome={outcome.ok ? 'checked-in' : 'refused'}
          data-scan={outcome.seq}
        />
      )}
    </Card>
  );
}
