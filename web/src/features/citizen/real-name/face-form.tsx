'use client';

import { Button, NoticeBar } from 'antd-mobile';
import { useCallback, useState, type ChangeEvent } from 'react';
import { photoForUpload } from '@/features/citizen/forms/photo-base64';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useMutation } from '@/features/shared/api/use-mutation';
import { LivenessCheck } from './liveness-check';
import { applyRealName } from './real-name-outcome';
import { verifyRealNameByFaceMutation } from './real-name.operations';
import styles from './real-name.module.css';

/** 二级实名·人脸识别: a photo taken now, a liveness check, compared with the population register's photo. */
export function FaceForm() {
  const api = useCitizenApi();
  const verify = useMutation(api, verifyRealNameByFaceMutation);
  const [photo, setPhoto] = useState<{ base64: string; preview: string; name: string } | null>(null);
  const [previewFailed, setPreviewFailed] = useState(false);
  const [liveness, setLiveness] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const onLiveness = useCallback((data: string) => setLiveness(data), []);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    setNotice(null);
    const file = event.target.files?.[0];
    if (!file) return;
    if (!file.type.startsWith('image/') && file.type !== '') return setNotice('请选择照片文件');
    try {
      const base64 = await photoForUpload(file);
      if (photo) URL.revokeObjectURL(photo.preview);
      setPreviewFailed(false);
      setPhoto({ base64, preview: URL.createObjectURL(file), name: file.name });
    } catch (error) {
      setNotice((error as Error).message || '照片读取失败，请重试');
    }
  }

  async function onSubmit() {
    if (!photo || !liveness) return;
    setNotice(null);
    const { data, errors } = await verify.run({ input: { photo: photo.base64, livenessData: liveness } });
    const problem = applyRealName(data?.verifyRealNameByFace, errors);
    if (problem) {
      setNotice(problem);
      setLiveness(null);
    }
  }

  return (
    <div className={styles.form} data-testid="real-name-face">
      {notice && <NoticeBar content={notice} color="alert" wrap data-testid="real-name-notice" />}
      <p className={styles.step}>第一步：拍摄或上传本人正面免冠照片</p>
      <label className={styles.upload}>
        {photo && !previewFailed ? (
          // biome-ignore lint/performance/noImgElement: a local object URL; next/image cannot optimise it
          <img src={photo.preview} alt="待比对照片" className={styles.preview} onError={() => setPreviewFailed(true)} />
        ) : photo ? (
          <span>已选择照片：{photo.name}（点击重新选择）</span>
        ) : (
          <span>点击拍摄 / 选择照片</span>
        )}
        <input type="file" accept="image/*" capture="user" onChange={onFile} data-testid="face-photo" className={styles.fileInput} />
      </label>
      <p className={styles.step}>第二步：活体检测</p>
      {photo ? <LivenessCheck key={photo.preview} onDone={onLiveness} /> : <p className={styles.muted}>请先拍摄照片</p>}
      <Button block color="primary" size="large" disabled={!photo || !liveness} loading={verify.running} onClick={onSubmit} data-testid="submit-face">
        提交人脸识别
      </Button>
      <p className={styles.muted}>照片仅用于本次与户籍照片比对，比对完成后不保存。</p>
    </div>
  );
}
