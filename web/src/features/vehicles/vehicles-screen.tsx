'use client';

import { DotLoading, NavBar } from 'antd-mobile';
import { DevSignInForm } from '@/features/session/dev-sign-in-form';
import { useSessionToken } from '@/lib/use-session';
import { MyVehicles } from './my-vehicles';
import styles from './vehicles.module.css';

/** 我的车辆与违法: sign-in when there is no session, the citizen's vehicles when there is. */
export function VehiclesScreen() {
  const token = useSessionToken();
  return (
    <>
      <NavBar backIcon={false}>我的车辆与违法</NavBar>
      {token === undefined ? (
        <div className={styles.centered}>
          <DotLoading color="primary" />
        </div>
      ) : token === null ? (
        <DevSignInForm />
      ) : (
        <MyVehicles key={token} token={token} />
      )}
    </>
  );
}
