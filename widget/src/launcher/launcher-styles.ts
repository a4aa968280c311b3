/** The bubble's stylesheet (constructed, adopted by the shadow root: no <style>, no style=""). */
export const LAUNCHER_CSS = `
:host{all:initial!important;position:fixed!important;z-index:2147483000!important;bottom:20px!important;right:20px!important;left:auto!important;top:auto!important;display:block!important;visibility:visible!important;opacity:1!important;transform:none!important;margin:0!important;padding:0!important;width:auto!important;height:auto!important;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif!important;color:#1b1b1f!important}
:host(.left){right:auto!important;left:20px!important}
:host(.page){inset:0!important;bottom:0!important;right:0!important}
*{box-sizing:border-box}
[hidden]{display:none!important}
.bubble{all:unset;box-sizing:border-box;cursor:pointer;width:56px;height:56px;border-radius:50%;background:var(--brand,#1d5bd6);color:#fff;display:flex;align-items:center;justify-content:center;box-shadow:0 4px 14px rgba(0,0,0,.25);position:relative}
.bubble:focus-visible{outline:3px solid #ffbf47;outline-offset:3px}
.bubble svg{width:28px;height:28px;fill:currentColor}
.badge{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#b00020;color:#fff;font:bold 12px/22px system-ui,sans-serif;text-align:center}
:host(.page) .bubble{display:none}
`;
