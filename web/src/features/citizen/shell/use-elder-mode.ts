'use client';

import { useCallback, useSyncExternalStore } from 'react';
import { ELDER_ATTRIBUTE, ELDER_MODE_KEY } from './elder-mode-boot';

const CHANGE_EVENT = 'jingtong:elder-mode-change';

function read(): boolean {
  try {
    return window.localStorage.getItem(ELDER_MODE_KEY) === 'on';
  } catch {
    // Storage refused (private mode in some webviews): large text just is not remembered.
    return document.documentElement.getAttribute(ELDER_ATTRIBUTE) === 'on';
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/** Puts the page's type scale in line with the remembered choice. */
export function applyElderMode(on: boolean = read()): void {
  if (on) document.documentElement.setAttribute(ELDER_ATTRIBUTE, 'on');
  else document.documentElement.removeAttribute(ELDER_ATTRIBUTE);
}

export function subscribeElderMode(onChange: () => void): () => void {
  return subscribe(onChange);
}

/** 长辈模式: every H5 text about 1.25× larger, remembered on this device. */
export function useElderMode(): [on: boolean, set: (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((next: boolean) => {
    try {
      if (next) window.localStorage.setItem(ELDER_MODE_KEY, 'on');
      else window.localStorage.removeItem(ELDER_MODE_KEY);
    } catch {
      // Not remembered; still applied to this page below.
    }
    applyElderMode(next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [on, set];
}
