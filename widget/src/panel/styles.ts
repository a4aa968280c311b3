/**
 * The panel's stylesheet, adopted by the shadow root (constructed: no <style> element and no
 * style="" attribute, so a page with `style-src 'self'` allows it). Colours meet WCAG AA.
 */
export const panelCss = (brand = "#1d5bd6") => `
:host{--brand:${brand}}
#relais-panel{position:absolute;bottom:72px;right:0;width:380px;max-width:calc(100vw - 40px);height:min(620px,calc(100vh - 110px))}
:host(.left) #relais-panel{right:auto;left:0}
:host(.page) #relais-panel{position:fixed;inset:0;width:auto;max-width:none;height:auto}
@media (max-width:600px){#relais-panel{position:fixed;inset:0;width:auto;max-width:none;height:auto}}
.panel{--bg:#fff;--fg:#1b1b1f;--muted:#4a4a55;--line:#d0d0d8;--me:#e8efff;--them:#f1f1f4;display:flex;flex-direction:column;height:100%;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:14px;box-shadow:0 10px 40px rgba(0,0,0,.25);overflow:hidden;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
:host(.page) .panel{border-radius:0}
@media (max-width:600px){.panel{border-radius:0}}
.panel.scheme-dark{--bg:#17171c;--fg:#f2f2f5;--muted:#c4c4cc;--line:#3a3a44;--me:#1f2f55;--them:#26262e}
@media (prefers-color-scheme:dark){.panel.scheme-auto{--bg:#17171c;--fg:#f2f2f5;--muted:#c4c4cc;--line:#3a3a44;--me:#1f2f55;--them:#26262e}}
header{display:flex;align-items:center;gap:8px;padding:10px 12px;background:var(--brand);color:#fff}
h1{font-size:17px;margin:0;flex:1;font-weight:600}
h2{font-size:16px;margin:4px 0 8px}
h3{font-size:15px;margin:6px 0 4px}
p{margin:4px 0}
button,input,select,textarea{font:inherit;color:inherit}
button{cursor:pointer;border:1px solid var(--line);background:var(--bg);color:var(--fg);border-radius:8px;padding:6px 10px;min-height:32px}
button.primary{background:var(--brand);border-color:var(--brand);color:#fff}
button.danger{border-color:#b00020;color:#b00020}
header button{background:transparent;border-color:rgba(255,255,255,.7);color:#fff}
header .close{font-size:20px;line-height:1;width:34px;padding:0}
button.link{text-decoration:underline}
:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
input,select,textarea{border:1px solid #76767f;border-radius:8px;padding:6px 8px;background:var(--bg);min-width:0}
.who,.offline{padding:6px 12px;margin:0;font-size:14px}
.offline{background:#fff4d6;color:#5c3d00;border-bottom:1px solid #e0c070}
.tabs{display:flex;border-bottom:1px solid var(--line)}
.tabs button{flex:1;border:0;border-radius:0;border-bottom:3px solid transparent;background:transparent}
.tabs button[aria-selected=true]{border-bottom-color:var(--brand);font-weight:600}
.body{flex:1;display:flex;flex-direction:column;min-height:0;overflow:auto;padding:8px 12px}
.log{margin:0;padding:0;flex:1;overflow:auto;display:flex;flex-direction:column;gap:8px}
.log>div{max-width:92%;padding:8px 10px;border-radius:12px;background:var(--them);overflow-wrap:anywhere}
.log>div.me{align-self:flex-end;background:var(--me)}
.log>div.notice{align-self:center;background:#fff4d6;color:#5c3d00}
.log>div.end{padding:0;background:none}
.queued,.seen{display:block;font-size:12px;color:var(--muted)}
.cards{list-style:none;padding:0;margin:6px 0;display:flex;flex-direction:column;gap:8px}
.cards.carousel{flex-direction:row;overflow-x:auto;scroll-snap-type:x mandatory}
.cards.carousel>li{flex:0 0 78%;scroll-snap-align:start}
.card{border:1px solid var(--line);border-radius:10px;padding:8px;background:var(--bg)}
.card img{width:100%;height:auto;border-radius:6px;display:block}
.card a{color:inherit}
.subtitle{color:var(--muted);font-size:14px}
dl{margin:4px 0;display:grid;gap:2px}
.field{display:flex;gap:6px;font-size:14px}
dt{color:var(--muted)}
dd{margin:0}
.actions,.quick{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}
a.button{border:1px solid var(--line);border-radius:8px;padding:6px 10px;text-decoration:none}
.composer{display:flex;gap:6px;padding-top:8px;border-top:1px solid var(--line);margin-top:8px}
.composer input[type=text]{flex:1}
.row{display:flex;gap:6px}
.row input{flex:1}
.signin{padding:8px 12px;border-bottom:1px solid var(--line)}
.hint{color:var(--muted);font-size:14px}
.error{color:#b00020}
.ok{color:#0a6b2f}
.conversations{list-style:none;padding:0;margin:0;display:flex;flex-direction:column;gap:6px}
.conversations button{width:100%;text-align:left;display:flex;flex-direction:column}
.count{color:#b00020;font-weight:600}
.last{color:var(--muted);font-size:14px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.conversation{display:flex;flex-direction:column;flex:1;min-height:0}
.bar{display:flex;align-items:center;gap:8px}
.typing{min-height:1.4em;font-size:13px;color:var(--muted);margin:2px 0}
.prefs{border:0;padding:0;margin:12px 0 0;display:flex;flex-direction:column;gap:4px;font-size:14px}
.listing{display:flex;flex-direction:column;gap:8px}
.listing fieldset{border:1px solid var(--line);border-radius:8px;display:flex;gap:12px}
.field-row{display:flex;flex-direction:column;gap:2px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;
