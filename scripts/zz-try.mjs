import { readFileSync, writeFileSync } from 'node:fs';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { scopeMutants } from './mutation-scope.mjs';
import { sampleRanges } from './mutation-sample.mjs';
import { pickSample } from './mutation-sample-math.mjs';
const files=['core/tab-state/frames.ts','core/tab-state/tab-state.ts'];
const all=await scopeMutants(files,'.');
const picked=pickSample(all,m=>m.fileName,12,5);
// make sure a block statement is in
const block=all.find(m=>m.mutatorName==='BlockStatement'); if(!picked.includes(block)) picked.push(block);
const {mutate,plan}=sampleRanges(picked);
writeFileSync('/tmp/m29-plan.json',JSON.stringify(plan));
process.env.MUTATION_SAMPLE='/tmp/m29-plan.json';
const { strykerPlugins } = await import('./mutation-sample-ignorer.mjs');
const quiet = { isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false, trace() {}, debug() {}, info() {}, warn() {}, error() {}, fatal() {} };
const byFile={};
for(const r of mutate){const m=/(.*):(\d+):(\d+)-(\d+):(\d+)$/.exec(r);(byFile[m[1]]??=[]).push({start:{line:+m[2]-1,column:+m[3]},end:{line:+m[4]-1,column:+m[5]}});}
const res=await new Instrumenter(quiet).instrument(files.map(name=>({name:process.cwd()+'/'+name,content:readFileSync(name,'utf8'),mutate:byFile[name]??false})),{plugins:null,excludedMutations:[],ignorers:[strykerPlugins[0].value]});
const live=res.mutants.filter(m=>!m.status);
const k=m=>`${m.fileName.replace(process.cwd()+'/','')}|${JSON.stringify(m.location)}|${m.mutatorName}|${m.replacement}`;
const pk=new Set(picked.map(k));
console.log('picked',picked.length,'locations',mutate.length,'instrumented',res.mutants.length,'live',live.length,'ignored',res.mutants.length-live.length);
console.log('picked found live', live.filter(m=>pk.has(k(m))).length, 'extras', live.filter(m=>!pk.has(k(m))).map(m=>m.mutatorName+' '+JSON.stringify(m.location.start)).join('; '));
const pl=new Set(picked.map(m=>m.fileName+JSON.stringify(m.location)));
const ex=live.filter(m=>!pk.has(k(m)));
console.log('extras at a picked location', ex.filter(m=>pl.has(m.fileName.replace(process.cwd()+'/','')+JSON.stringify(m.location))).length, 'of', ex.length);
console.log(ex.filter(m=>!pl.has(m.fileName.replace(process.cwd()+'/','')+JSON.stringify(m.location))).map(m=>m.mutatorName+JSON.stringify(m.location)));
console.log(picked.map(m=>m.mutatorName+JSON.stringify(m.location)).join('\n'));
