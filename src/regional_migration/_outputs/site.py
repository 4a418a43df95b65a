"""The explorer: one self-contained HTML page per language, a map of the Americas on any day.

Each page holds the shapes as inline SVG paths (projected with the same Equal Earth
code as `plot_map`), the data as one JSON block, and a short script: no CDN, no
request, so that it works from ``file://``, a USB stick or any static host. The only
addresses it holds are the sources' links and its sibling pages in other languages.

The data a page holds is, for each process and instrument, the day it came into being
and each day on which some state's status changed, under the ``"certain"`` rule: the
status of every state on any day follows from those steps, as `members_on` gives it.
"""

from __future__ import annotations

import html
import json
import shutil
import tempfile
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from regional_migration._core.messages import say
from regional_migration._core.public import publish
from regional_migration._core.text import LANGUAGES, Language
from regional_migration._countries.lookup import display_name
from regional_migration._dataset.instruments import SCOPE, Instrument
from regional_migration._dataset.registry import (
    Arrangement,
    data_version,
    instruments,
    processes,
)
from regional_migration._outputs.map import (
    COLOURS,
    FRAMES,
    Projected,
    frame_box,
    frame_of,
    projected,
    statuses_on,
)
from regional_migration.errors import InvalidArgumentError

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable

    from regional_migration._dataset.processes import Process

# What the package's face re-exports from this module (see _core/public.py).
PUBLIC: tuple[str, ...] = ("write_site",)
TYPES: tuple[str, ...] = ()

__all__ = ["SCALE", "page", "site_data", "write_site"]

SCALE = 10_000
"""Projected units (a sphere of radius 1) to SVG units, written as whole numbers."""

_FIRST = date(1950, 1, 1)  # the slider's first day: before every process and instrument
_UNDRAWN = frozenset(("NL",))
_EUROPE = frozenset(("AD", "ES", "FR", "PT"))

_WORDS = (
    "map.party",
    "map.not_party",
    "map.adopted",
    "map.not_adopted",
    "map.none",
    "map.unknown",
    "map.outside",
    "map.antilles",
    "map.iberia",
    "status.member",
    "status.associate",
    "status.observer",
    "status.suspended",
    "status.signatory",
    "column.country",
    "column.status",
    "column.sources",
    "column.processes",
    "line.instruments",
    "site.title",
    "site.pick",
    "site.day",
    "site.mode",
    "site.mode_status",
    "site.mode_overlap",
    "site.download",
    "site.shown",
    "site.click",
    "site.rule",
)


def _steps(body: Arrangement) -> list[list[Any]]:
    """The days on which some state's status in *body* changed, with the changes."""
    candidates = {_FIRST}
    for record in body.memberships:
        for bound in (record.since, record.until):
            if bound is not None:
                for day in (bound.earliest, bound.latest):
                    candidates.update((day, day + timedelta(days=1)))
    opening = body.founded if not isinstance(body, Instrument) else body.adopted
    candidates.update((opening.latest, opening.latest + timedelta(days=1)))
    steps: list[list[Any]] = []
    before: dict[str, str] = {}
    for day in sorted(d for d in candidates if d >= _FIRST):
        now: dict[str, str] = dict(statuses_on(body, day, "certain"))
        change = {
            c: now.get(c) for c in sorted(set(before) | set(now)) if before.get(c) != now.get(c)
        }
        if change or not steps:
            steps.append([day.isoformat(), change])
        before = now
    return steps


def _body_data(body: Arrangement, language: Language, sources: dict[str, int]) -> dict[str, Any]:
    instrument = body if isinstance(body, Instrument) else None
    opening = instrument.adopted if instrument is not None else cast("Process", body).founded
    links: dict[str, list[int]] = {}
    records: list[tuple[str, Iterable[Any]]] = [(m.country, m.sources) for m in body.memberships]
    if instrument is not None:
        records += [(u.country, u.sources) for u in instrument.unknowns]
        records += [(n.country, n.sources) for n in instrument.non_parties]
    for country, found in records:
        entry = links.setdefault(country, [])
        for source in found:
            index = sources.setdefault(source.id, len(sources))
            if index not in entry:
                entry.append(index)
    name = (
        instrument.short_name.get(language) if instrument is not None else body.name.get(language)
    )
    return {
        "id": body.id,
        "name": name,
        "instrument": instrument is not None,
        "binds": instrument is not None and instrument.binds,
        "opened": opening.latest.isoformat(),
        "openedText": str(opening),
        "steps": _steps(body),
        "unknown": sorted(instrument.unknown) if instrument is not None else [],
        "links": {c: sorted(v) for c, v in sorted(links.items())},
    }


def site_data(lang: Language) -> dict[str, Any]:
    """The data one page holds, in *lang*: processes, instruments, countries, sources."""
    source_index: dict[str, int] = {}
    bodies = [*processes(), *instruments()]
    data_bodies = [_body_data(b, lang, source_index) for b in bodies]
    by_id = {s.id: s for b in bodies for s in _all_sources(b)}
    ordered = sorted(source_index, key=source_index.__getitem__)
    codes = sorted(
        {t.code for t in projected() if t.code not in _UNDRAWN}
        | {c for b in data_bodies for c in b["links"]}
    )
    return {
        "lang": lang,
        "version": data_version(),
        "first": _FIRST.isoformat(),
        "scope": sorted(SCOPE),
        "words": {key: say(key, lang) for key in _WORDS},
        "colours": dict(COLOURS),
        "bodies": data_bodies,
        "countries": {c: display_name(c, lang) for c in codes},
        "sources": [[by_id[s].publisher, by_id[s].title, str(by_id[s].url)] for s in ordered],
    }


def _all_sources(body: Arrangement) -> Iterable[Any]:
    for record in body.memberships:
        yield from record.sources
    if isinstance(body, Instrument):
        for unknown in body.unknowns:
            yield from unknown.sources
        for non_party in body.non_parties:
            yield from non_party.sources


def _d(territory: Projected, radius: float) -> str:
    """The SVG path data of *territory*: whole units, relative moves, a circle if small."""
    parts: list[str] = []
    for ring in territory.rings:
        points = [(round(x * SCALE), round(-y * SCALE)) for x, y in ring]
        x0, y0 = points[0]
        moves = [f"M{x0} {y0}"]
        for (ax, ay), (bx, by) in pairwise(points):
            if (ax, ay) != (bx, by):
                moves.append(f"l{bx - ax} {by - ay}")
        parts.append("".join(moves) + "z")
    if territory.small:
        x, y = round(territory.label[0] * SCALE), round(-territory.label[1] * SCALE)
        r = round(radius)
        parts.append(f"M{x - r} {y}a{r} {r} 0 1 0 {2 * r} 0a{r} {r} 0 1 0 {-2 * r} 0z")
    return "".join(parts)


def _view(name: str) -> str:
    x0, y0, x1, y1 = (round(v * SCALE) for v in frame_box(name))
    return f"{x0} {-y1} {x1 - x0} {y1 - y0}"


def _svg(lang: Language) -> str:
    """The map: the Americas, then the Lesser Antilles and the Iberian Peninsula as insets."""
    territories = [t for t in projected() if t.code not in _UNDRAWN]
    names = {t.code: display_name(t.code, lang) for t in territories}
    frames: dict[str, list[str]] = {"americas": [], "antilles": [], "iberia": []}
    for t in sorted(territories, key=lambda t: t.small):  # circles on top
        frame = "iberia" if t.code in _EUROPE else frame_of(t) if t.small else "americas"
        x0, _, x1, _ = frame_box(frame)
        radius = (0.006 if frame == "americas" else 0.025) * (x1 - x0) * SCALE
        frames[frame].append(
            f'<path id="c-{t.code}" class="t" data-code="{t.code}" d="{_d(t, radius)}">'
            f"<title>{html.escape(names[t.code])}</title></path>"
        )
    west, south, east, north = FRAMES["antilles"]
    big = [
        t.code
        for t in territories
        if not t.small
        and t.code not in _EUROPE
        and any(
            west - 2 <= lon <= east + 2 and south - 2 <= lat <= north + 2
            for lon, lat in _degrees(t.code)
        )
    ]
    uses = "".join(f'<use href="#c-{code}"/>' for code in big)
    main = _view("americas")
    width = int(main.split()[2])
    height = int(main.split()[3])

    def inset(name: str, x: float, y: float, w: float, content: str) -> str:
        view = _view(name)
        vw, vh = (int(v) for v in view.split()[2:])
        h = w * vh / vw
        title = html.escape(say(f"map.{name}", lang))
        return (
            f'<rect class="inset" x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}"/>'
            f'<svg x="{x:.0f}" y="{y:.0f}" width="{w:.0f}" height="{h:.0f}" viewBox="{view}">'
            f"{content}</svg>"
            f'<text class="inset-title" x="{x:.0f}" y="{y - 120:.0f}">{title}</text>'
        )

    x_min, y_min = (int(v) for v in main.split()[:2])
    return (
        f'<svg id="map" viewBox="{main}" role="img" aria-label="{html.escape(say("site.title", lang))}">'
        '<defs><pattern id="hatch" width="400" height="400" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="400" height="400" fill="#fff"/>'
        '<line x1="0" y1="0" x2="0" y2="400" stroke="#4d4d4d" stroke-width="120"/></pattern></defs>'
        f'<g id="americas">{"".join(frames["americas"])}</g>'
        + inset(
            "antilles",
            x_min + 0.78 * width,
            y_min + 0.26 * height,
            0.21 * width,
            "".join(frames["antilles"]) + uses,
        )
        + inset(
            "iberia",
            x_min + 0.72 * width,
            y_min + 0.70 * height,
            0.27 * width,
            "".join(frames["iberia"]),
        )
        + "</svg>"
    )


def _degrees(code: str) -> Iterable[tuple[float, float]]:
    from regional_migration._dataset.geometry import territories  # noqa: PLC0415 - cost: none, the shapes are cached

    for t in territories():
        if t.code == code:
            for polygon in t.polygons:
                yield from polygon[0]


_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:0;color:#222}
header,main{padding:0 1rem}
header h1{font-size:1.3rem;margin:.6rem 0}
.controls{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center}
.controls fieldset{border:1px solid #ccc;padding:.3rem .6rem}
#bodies label{display:inline-block;margin-right:.6rem}
#slider{width:min(40rem,90vw)}
.layout{display:flex;flex-wrap:wrap;gap:1rem}
#map{width:min(62rem,100%);height:auto;background:#eef3f7}
#map .t{stroke:#4d4d4d;stroke-width:30;cursor:pointer}
#map svg .t, #map svg use{stroke-width:4}
#map .t.picked{stroke:#000;stroke-width:90}
#map rect.inset{fill:#eef3f7;stroke:#4d4d4d;stroke-width:40}
#map .inset-title{font-size:450px}
aside{flex:1 1 18rem;min-width:16rem}
#legend div{margin:.15rem 0}
#legend span{display:inline-block;width:1.2em;height:.9em;border:1px solid #4d4d4d;margin-right:.4em;vertical-align:middle}
table{border-collapse:collapse;margin:.5rem 0}
td,th{border-bottom:1px solid #ddd;padding:.15rem .5rem;text-align:left}
#note{font-size:.85rem;color:#444}
"""

# The script: reads the JSON block, colours the map, fills the legend, the table and the
# country panel, and keeps the view in the address's hash. No request leaves the page.
_SCRIPT = r"""
(function(){
"use strict";
var D=JSON.parse(document.getElementById("data").textContent);
var W=D.words, byId={}, $=function(id){return document.getElementById(id);};
D.bodies.forEach(function(b){byId[b.id]=b;});
var codes=Object.keys(D.countries).sort();
var scope={};D.scope.forEach(function(c){scope[c]=1;});
var state={mode:"status",ids:[D.bodies[0].id],day:D.version,picked:null};
function dayNumber(s){return Math.round(Date.parse(s+"T00:00:00Z")/864e5);}
function dayText(n){return new Date(n*864e5).toISOString().slice(0,10);}
function statusOn(b,day){
  var s={};
  if(day<b.opened){return s;}
  for(var i=0;i<b.steps.length&&b.steps[i][0]<=day;i++){
    var ch=b.steps[i][1];
    for(var c in ch){if(ch[c]===null){delete s[c];}else{s[c]=ch[c];}}
  }
  return s;
}
function label(b,k){
  if(b.instrument&&(k==="member"||k==="none")){
    return W[b.binds?(k==="member"?"map.party":"map.not_party"):(k==="member"?"map.adopted":"map.not_adopted")];
  }
  if(k==="none"||k==="unknown"||k==="outside"){return W["map."+k];}
  return W["status."+k];
}
function classify(b,st,c){
  if(st[c]){return st[c];}
  if(b.instrument){
    if(b.unknown.indexOf(c)>=0&&state.day>=b.opened){return "unknown";}
    if(!scope[c]){return "outside";}
  }
  return "none";
}
function overlapColour(n,t){
  if(n<=0){return "#FFFFFF";}
  var a=[.78,.86,.94],z=[.03,.19,.42],f=t<=1?1:(n-1)/(t-1);
  return "#"+a.map(function(v,i){var x=Math.round((v+(z[i]-v)*f)*255);return (x<16?"0":"")+x.toString(16).toUpperCase();}).join("");
}
function compute(){
  var rows=[],legend={},order=[],bodies=state.ids.map(function(i){return byId[i];});
  var sts=bodies.map(function(b){return statusOn(b,state.day);});
  codes.forEach(function(c){
    var k,lab,col,detail="";
    if(state.mode==="overlap"){
      var n=0,parts=[];
      bodies.forEach(function(b,i){if(sts[i][c]==="member"){n++;} if(sts[i][c]){parts.push(b.id+": "+label(b,sts[i][c]));}});
      k=String(n);lab=D.inCount.replace("{count}",n).replace("{total}",bodies.length);
      col=overlapColour(n,bodies.length);detail=parts.join("; ");
    }else{
      k=classify(bodies[0],sts[0],c);lab=label(bodies[0],k);col=D.colours[k];detail=sts[0][c]||"";
    }
    rows.push({code:c,name:D.countries[c],k:k,label:lab,colour:col,detail:detail});
    if(!(k in legend)){legend[k]={label:lab,colour:col,n:0};order.push(k);}
    legend[k].n++;
  });
  return {rows:rows,legend:legend,order:order,bodies:bodies};
}
var keyOrder=["member","associate","observer","suspended","signatory","none","unknown","outside"];
function draw(){
  var r=compute();
  r.rows.forEach(function(row){
    var el=$("c-"+row.code); if(!el){return;}
    el.setAttribute("class","t k-"+row.k+(state.picked===row.code?" picked":""));
    el.style.fill=row.k==="unknown"?"url(#hatch)":row.colour;
    el.setAttribute("data-shown",row.k);
  });
  var notes=r.bodies.filter(function(b){return state.day<b.opened;}).map(function(b){
    return (b.instrument?D.notYetAdopted:D.notYet).replace("{id}",b.id).replace("{asked}",state.day).replace("{day}",b.openedText);});
  var title=state.mode==="overlap"?D.overlapTitle.replace("{bodies}",state.ids.join(", ")):
    D.statusTitle.replace("{body}",r.bodies[0].name);
  $("title").textContent=title.replace("{when}",D.when.replace("{day}",state.day));
  $("note").textContent=notes.join(" · ");
  var keys=r.order.slice().sort(function(a,b){
    var ia=keyOrder.indexOf(a),ib=keyOrder.indexOf(b);
    if(ia<0&&ib<0){return Number(a)-Number(b);} return ia-ib;});
  $("legend").innerHTML="";
  keys.forEach(function(k){
    var d=document.createElement("div"),s=document.createElement("span");
    s.style.background=k==="unknown"?"repeating-linear-gradient(45deg,#4d4d4d 0 2px,#fff 2px 6px)":r.legend[k].colour;
    d.appendChild(s);d.appendChild(document.createTextNode(r.legend[k].label+" ("+r.legend[k].n+")"));
    d.setAttribute("data-shown",k);d.setAttribute("data-count",r.legend[k].n);
    $("legend").appendChild(d);
  });
  var tb=$("rows");tb.innerHTML="";
  r.rows.slice().sort(function(a,b){return a.name.localeCompare(b.name,D.lang);}).forEach(function(row){
    if(row.k==="none"||row.k==="outside"||row.k==="0"){return;}
    var tr=document.createElement("tr");tr.setAttribute("data-code",row.code);tr.setAttribute("data-shown",row.k);
    [row.code,row.name,row.label,row.detail].forEach(function(v){var td=document.createElement("td");td.textContent=v;tr.appendChild(td);});
    tb.appendChild(tr);
  });
  $("count").textContent=String(tb.rows.length);
  var csv=["country,name,shown,label,detail"].concat(r.rows.map(function(row){
    return [row.code,row.name,row.k,row.label,row.detail].map(function(v){return '"'+String(v).replace(/"/g,'""')+'"';}).join(",");
  })).join("\r\n")+"\r\n";
  var a=$("download");a.href="data:text/csv;charset=utf-8,"+encodeURIComponent("\ufeff"+csv);
  a.setAttribute("download","regional-migration-"+state.ids.join("-")+"-"+state.day+".csv");
  $("slider").value=String(dayNumber(state.day)-dayNumber(D.first));$("day").value=state.day;
  $("mode").value=state.mode;$("one").value=state.ids[0];
  $("one").hidden=state.mode!=="status";$("bodies").hidden=state.mode!=="overlap";
  Array.prototype.forEach.call(document.querySelectorAll("#bodies input"),function(i){i.checked=state.ids.indexOf(i.value)>=0;});
  panel();
  var h="p="+state.ids.join(",")+"&d="+state.day+(state.mode==="overlap"?"&m=overlap":"");
  if(location.hash.slice(1)!==h){history.replaceState(null,"","#"+h);}
}
function panel(){
  var p=$("panel"),c=state.picked;p.innerHTML="";
  if(!c){p.textContent=W["site.click"];return;}
  var h=document.createElement("h2");h.textContent=D.countries[c]+" ("+c+")";p.appendChild(h);
  var ul=document.createElement("ul");
  D.bodies.forEach(function(b){
    var st=statusOn(b,state.day),k=classify(b,st,c);
    if(k==="none"&&!b.links[c]){return;} if(k==="outside"){return;}
    var li=document.createElement("li");li.setAttribute("data-body",b.id);
    li.appendChild(document.createTextNode(b.name+": "+label(b,k)));
    (b.links[c]||[]).forEach(function(i,n){
      var s=D.sources[i],a=document.createElement("a");a.href=s[2];a.textContent="["+(n+1)+"]";
      a.title=s[0]+": "+s[1];a.rel="noopener";a.target="_blank";li.appendChild(document.createTextNode(" "));li.appendChild(a);
    });
    ul.appendChild(li);
  });
  p.appendChild(ul);
}
function fromHash(){
  var q={};location.hash.slice(1).split("&").forEach(function(kv){var i=kv.indexOf("=");if(i>0){q[kv.slice(0,i)]=decodeURIComponent(kv.slice(i+1));}});
  if(q.p){var ids=q.p.split(",").filter(function(i){return byId[i];});if(ids.length){state.ids=ids;}}
  if(q.d&&/^\d{4}-\d{2}-\d{2}$/.test(q.d)){state.day=q.d;}
  state.mode=q.m==="overlap"?"overlap":"status";
  if(state.mode==="status"){state.ids=state.ids.slice(0,1);}
}
var sel=$("one"),box=$("bodies");
D.bodies.forEach(function(b){
  var o=document.createElement("option");o.value=b.id;o.textContent=b.name;sel.appendChild(o);
  var l=document.createElement("label"),i=document.createElement("input");i.type="checkbox";i.value=b.id;
  l.appendChild(i);l.appendChild(document.createTextNode(" "+b.id));box.appendChild(l);
});
$("slider").max=String(dayNumber(D.version)-dayNumber(D.first));
$("day").min=D.first;$("day").max=D.version;
$("slider").addEventListener("input",function(e){state.day=dayText(dayNumber(D.first)+Number(e.target.value));draw();});
$("day").addEventListener("change",function(e){if(e.target.value){state.day=e.target.value;draw();}});
$("mode").addEventListener("change",function(e){state.mode=e.target.value;if(state.mode==="status"){state.ids=state.ids.slice(0,1);}draw();});
sel.addEventListener("change",function(e){state.ids=[e.target.value];draw();});
box.addEventListener("change",function(){
  var ids=Array.prototype.filter.call(box.querySelectorAll("input"),function(i){return i.checked;}).map(function(i){return i.value;});
  if(ids.length){state.ids=ids;}draw();});
$("map").addEventListener("click",function(e){
  var t=e.target.closest?e.target.closest("[data-code]"):null;
  if(!t&&e.target.correspondingUseElement){t=e.target.correspondingUseElement;}
  if(t&&t.tagName==="use"){t=$(t.getAttribute("href").slice(1));}
  state.picked=t?t.getAttribute("data-code"):null;draw();});
window.addEventListener("hashchange",function(){fromHash();draw();});
fromHash();draw();
})();
"""


def page(lang: Language) -> str:
    """The explorer's page in *lang*, as HTML text."""
    data = site_data(lang)
    data["inCount"] = say("map.in_count", lang, count="{count}", total="{total}")
    data["notYet"] = say("line.not_founded", lang, id="{id}", asked="{asked}", day="{day}")
    data["notYetAdopted"] = say("line.not_adopted", lang, id="{id}", asked="{asked}", day="{day}")
    data["statusTitle"] = say("map.status", lang, body="{body}", when="{when}")
    data["overlapTitle"] = say("map.overlap", lang, bodies="{bodies}", when="{when}")
    data["when"] = say("line.when", lang, day="{day}")
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    blob = blob.replace("</", "<\\/")  # nothing in the data can close the script element
    others = " ".join(
        f'<a href="{other}.html" hreflang="{other}" lang="{other}">{other}</a>'
        for other in LANGUAGES
        if other != lang
    )
    w = data["words"]
    source_line = html.escape(say("map.source", lang, version=data_version()))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(w['site.title'])}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{html.escape(w['site.title'])}</h1><nav>{others}</nav>"
        '<div class="controls">'
        f'<label>{html.escape(w["site.mode"])} <select id="mode">'
        f'<option value="status">{html.escape(w["site.mode_status"])}</option>'
        f'<option value="overlap">{html.escape(w["site.mode_overlap"])}</option></select></label>'
        f'<label>{html.escape(w["site.pick"])} <select id="one"></select></label>'
        f'<fieldset id="bodies" hidden><legend>{html.escape(w["site.pick"])}</legend></fieldset>'
        f'<label>{html.escape(w["site.day"])} <input id="day" type="date"></label>'
        '<input id="slider" type="range" min="0" step="1" aria-label="day">'
        "</div></header><main>"
        f'<h2 id="title"></h2><p id="note"></p><p class="rule">{html.escape(w["site.rule"])}</p>'
        f'<div class="layout">{_svg(lang)}<aside><div id="legend"></div>'
        '<div id="panel"></div></aside></div>'
        f'<h2>{html.escape(w["site.shown"])} (<span id="count"></span>)</h2>'
        f'<p><a id="download" href="#">{html.escape(w["site.download"])}</a></p>'
        f"<table><thead><tr><th>ISO</th><th>{html.escape(w['column.country'])}</th>"
        f"<th>{html.escape(w['column.status'])}</th><th>{html.escape(w['column.processes'])}</th>"
        '</tr></thead><tbody id="rows"></tbody></table>'
        f"<footer><p>{source_line}</p></footer></main>"
        f'<script type="application/json" id="data">{blob}</script>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def write_site(folder: str | os.PathLike[str]) -> Path:
    """Write the explorer into *folder*: ``en.html``, ``es.html``, ``fr.html``, ``pt.html``.

    Each page is one self-contained file (no CDN, no request; it works from
    ``file://``): the map of the Americas on any day, a process or instrument to pick
    or several to overlap, each state's status with unknown positions hatched, a
    country panel with its processes, instruments and sources, the table of what the
    map shows with a CSV download (UTF-8 with a byte-order mark), and an address hash
    that restores the view, such as ``en.html#p=CRM&d=2018-09-04``.

    The pages are written into a new folder beside *folder*, which then takes its
    place: a reader never sees half a site. A folder already there is replaced.

    Returns:
        The path of the folder written.

    Raises:
        InvalidArgumentError: *folder* is empty, is a symbolic link, or is a file.
    """
    if not str(folder).strip():
        raise InvalidArgumentError("folder", folder, "give the folder to write the explorer to")
    target = Path(folder)
    if target.is_symlink():
        raise InvalidArgumentError("folder", folder, "is a symbolic link; give a real folder")
    if target.exists() and not target.is_dir():
        raise InvalidArgumentError("folder", folder, "is a file; give a folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    staging.chmod(0o755)  # readable as a folder made by mkdir is, not private to its writer
    try:
        for lang in LANGUAGES:
            (staging / f"{lang}.html").write_text(page(lang), encoding="utf-8")
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
            old.rmdir()
            target.rename(old)
            staging.rename(target)
            shutil.rmtree(old)
        else:
            staging.rename(target)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return target


publish(globals())
