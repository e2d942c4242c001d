import { defineBackground } from '#imports';

export default defineBackground(() => {
  // wiring comes later
});
