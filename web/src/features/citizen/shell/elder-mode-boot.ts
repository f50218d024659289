/** Where 长辈模式 is remembered (this device, every H5 page; not the account). */
export const ELDER_MODE_KEY = 'jingtong.citizen.elder';

/** The class and attribute the H5 type scale hangs on (h5-type.css). */
export const H5_ROOT_CLASS = 'jt-h5';
export const ELDER_ATTRIBUTE = 'data-jt-elder';

/**
 * Runs in the page before the first paint (inline in the H5 layout), so large
 * text never flashes small first. Client navigation into the H5 is covered by
 * CitizenProviders doing the same in a layout effect.
 */
export const H5_BOOT_SCRIPT = `(function(){var d=document.documentElement;d.classList.add(${JSON.stringify(H5_ROOT_CLASS)});try{if(localStorage.getItem(${JSON.stringify(ELDER_MODE_KEY)})==='on')d.setAttribute(${JSON.stringify(ELDER_ATTRIBUTE)},'on')}catch(e){}})();`;
