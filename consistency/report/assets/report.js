(function(){
var d=document;d.documentElement.classList.add('js');
function all(sel){return Array.prototype.slice.call(d.querySelectorAll(sel));}
var groups={},pinned=null;
all('.s[data-st]').forEach(function(e){(groups[e.dataset.st]=groups[e.dataset.st]||[]).push(e);});
function light(st,cls,on){(groups[st]||[]).forEach(function(e){e.classList.toggle(cls,on);});}
function pin(st){if(pinned!==null){light(pinned,'pin',false);}pinned=(pinned===st)?null:st;if(pinned!==null){light(pinned,'pin',true);}}
all('.s[data-st]').forEach(function(e){var st=e.dataset.st;
e.addEventListener('mouseenter',function(){light(st,'hl',true);});
e.addEventListener('mouseleave',function(){light(st,'hl',false);});
e.addEventListener('focus',function(){light(st,'hl',true);});
e.addEventListener('blur',function(){light(st,'hl',false);});
e.addEventListener('click',function(ev){if(ev.target.closest('a')){return;}pin(st);});
e.addEventListener('keydown',function(ev){if(ev.key==='Enter'||ev.key===' '){ev.preventDefault();pin(st);}});});
var info={};
all('[data-finding]').forEach(function(e){info[e.dataset.finding]=[e.dataset.facet,e.dataset.severity];});
function apply(){var on={};
all('input[data-filter]').forEach(function(c){on[c.dataset.filter+'\u0000'+c.value]=c.checked;});
function shown(id){var i=info[id];if(!i){return true;}return on['facet\u0000'+i[0]]!==false&&on['severity\u0000'+i[1]]!==false;}
all('[data-fs]').forEach(function(e){e.classList.toggle('off',!e.dataset.fs.split(' ').some(shown));});}
all('input[data-filter]').forEach(function(c){c.addEventListener('change',apply);});
apply();
})();
