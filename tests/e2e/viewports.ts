// The two screens the layout tests judge a page on: a phone (most readers) and a laptop.
export const PHONE = { width: 390, height: 844 } as const;
export const WIDE = { width: 1280, height: 800 } as const;
export const readerViewports = [PHONE, WIDE];
