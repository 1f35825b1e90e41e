// Styles of the live-warning UI (badge, panel, underlines). They live in our shadow root only.
export const LIVE_CSS = `
.bm-ui { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; }
.bm-sr { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.bm-line { position: fixed; pointer-events: none; height: 2px; border-radius: 1px; opacity: .9; transition: opacity .12s; }
.bm-line.error { background: #d93025; }
.bm-line.warning { background: #e37400; }
.bm-line.info { background: #1a73e8; }
.bm-hl { position: fixed; pointer-events: none; border-radius: 2px; background: rgba(217, 48, 37, .10); }
.bm-hl.warning { background: rgba(227, 116, 0, .12); }
.bm-hl.info { background: rgba(26, 115, 232, .10); }

.bm-badge { position: fixed; display: inline-flex; align-items: center; gap: 4px; height: 22px; min-width: 22px; padding: 0 7px 0 5px;
  border: 0; border-radius: 11px; cursor: pointer; font: 600 12px/22px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25); transition: transform .1s; pointer-events: auto; }
.bm-badge:hover { transform: scale(1.06); }
.bm-badge:focus-visible, .bm-ui button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.bm-badge.error { background: #d93025; }
.bm-badge.warning { background: #c26400; }
.bm-badge.info { background: #1a73e8; }
.bm-badge.tip { background: #0b7a5b; }
.bm-badge svg { width: 13px; height: 13px; flex: none; }

.bm-panel { position: fixed; width: 344px; max-width: calc(100vw - 16px); max-height: min(440px, calc(100vh - 16px)); overflow: auto;
  background: #fff; border: 1px solid #d9dce1; border-radius: 10px; box-shadow: 0 10px 30px rgba(16,24,40,.18), 0 2px 6px rgba(16,24,40,.08);
  pointer-events: auto; }
.bm-head { display: flex; align-items: center; gap: 8px; padding: 10px 12px 8px; border-bottom: 1px solid #eef0f3; position: sticky; top: 0; background: #fff; }
.bm-logo { width: 18px; height: 18px; border-radius: 5px; background: #0b7a5b; color: #fff; display: grid; place-items: center; flex: none; }
.bm-logo svg { width: 12px; height: 12px; }
.bm-title { font-weight: 650; font-size: 13px; flex: 1; }
.bm-count { font-size: 12px; color: #59636e; font-weight: 500; }
.bm-close { border: 0; background: transparent; color: #59636e; width: 24px; height: 24px; border-radius: 6px; cursor: pointer; font-size: 16px; line-height: 24px; padding: 0; }
.bm-close:hover { background: #f0f2f5; color: #1f2328; }

.bm-list { list-style: none; margin: 0; padding: 4px 0; }
.bm-item { padding: 9px 12px 10px 14px; border-left: 3px solid transparent; }
.bm-item + .bm-item { border-top: 1px solid #f0f2f5; }
.bm-item.error { border-left-color: #d93025; }
.bm-item.warning { border-left-color: #e37400; }
.bm-item.info { border-left-color: #1a73e8; }
.bm-item-head { display: flex; align-items: baseline; gap: 6px; }
.bm-rule { font-weight: 650; }
.bm-sev { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: 0 5px; border-radius: 4px; }
.bm-sev.error { color: #b3261e; background: #fce8e6; }
.bm-sev.warning { color: #8a4b00; background: #fef3e0; }
.bm-sev.info { color: #174ea6; background: #e8f0fe; }
.bm-quote { display: block; margin: 4px 0 2px; color: #59636e; font-style: normal; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bm-quote mark { background: #fdecea; color: #1f2328; border-radius: 3px; padding: 0 2px; }
.bm-why { margin: 4px 0 0; }
.bm-fix { margin: 4px 0 0; color: #0b5d46; }
.bm-fix b { font-weight: 600; }
.bm-apply, .bm-primary { margin-top: 7px; border: 1px solid #0b7a5b; background: #fff; color: #0b7a5b; border-radius: 6px; padding: 4px 10px;
  font: 600 12px/18px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; cursor: pointer; max-width: 100%; text-align: left; }
.bm-apply:hover { background: #e7f4ef; }
.bm-primary { background: #0b7a5b; color: #fff; }
.bm-primary:hover { background: #096a4f; }

.bm-template { margin: 0; padding: 10px 12px 12px 14px; background: #f3faf7; border-top: 1px solid #e0efe8; }
.bm-template p { margin: 0; }
.bm-template .bm-preview { margin-top: 6px; color: #3b444e; font-size: 12px; background: #fff; border: 1px solid #dcebe4; border-radius: 6px; padding: 6px 8px; }
.bm-foot { padding: 7px 12px 9px; font-size: 11px; color: #6e7781; border-top: 1px solid #eef0f3; }
.bm-foot kbd { font: 11px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f0f2f5; border-radius: 3px; padding: 0 3px; }
`;
