import Link from 'next/link';
import styles from './home.module.css';

export default function HomePage() {
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>警通</h1>
      <p className={styles.lead}>市公安局便民服务与民警工作平台</p>
      <nav className={styles.links}>
        <Link className={styles.link} href="/h5">
          <strong>市民服务</strong>
          <span>交通管理、出入境、户政、大厅取号与缴费等便民服务，实名认证与个人中心（手机端）</span>
        </Link>
        <Link className={styles.link} href="/console">
          <strong>民警工作台</strong>
          <span>民警登录、我的账号、民警与角色、单位、合作方密钥、在逃人员预警、审计日志</span>
        </Link>
      </nav>
    </main>
  );
}
