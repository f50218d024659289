import { redirect } from 'next/navigation';

/** The console opens on 我的账号 (the shell sends a signed-out visitor on to sign-in). */
export default function ConsoleIndex() {
  redirect('/console/account');
}
