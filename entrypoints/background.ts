import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The background will own the reading log (IndexedDB); until then it only has to exist,
  // so that the extension loads as a valid MV3 service worker.
});
