<#--
id: form-major-incident-report
title: Major Incident Report Form
kind: form
code: FRM-03
order: 952
clauses: ["8.6.1"]
editions:
  "2018": {}
  "2011": {clauses: ["8.1"]}
related: ["resolution-and-fulfilment", "form-problem-report", "service-continuity-plan"]
-->
<#-- The structure of the major incident report form; its words are in form-major-incident-report.text.ftl and its
     language variants. -->
<#include "/sections/form-parts.ftl">
<#import "/documents/form-major-incident-report.text.ftl" as text>
<@sms.section title=text.useTitle() key="use-of-this-form"/>

${text.use(priorities?has_content?then(text.majorDefinition(), ""))}

<@recordBlock/>

<@sms.section title=text.incidentTitle() key="1.-incident"/>

${text.incidentTableStart()}
<#if priorities?has_content>
| ${text.priority()} | <@choices priorities?map(p -> p.id + " " + p.name)/> |
</#if>
${text.incidentTableEnd()}

<#if priorities?has_content>
${text.prioritiesIntro()}

${text.prioritiesHeader()}
<#list priorities as p>
| ${p.id} | ${p.name} | ${p.response} | ${p.resolution} |
</#list>

</#if>
<@sms.section title=text.servicesTitle() key="2.-services-affected"/>

<#if forms.services?has_content>
${text.servicesHeader()}
<#list forms.services as s>
| ☐ | ${s.name} | ${s.criticalityWord} | ${s.owner.title} | ${sms.pct(s.availabilityTarget)}${s.targetMark} |
</#list>
<#else>
${text.noServices()}

${text.blankServicesHeader()}
<@blankRows 4 3/>
</#if>

<@sms.section title=text.timelineTitle() key="3.-timeline"/>

${text.timeline()}

${text.timelineHeader()}
<@blankRows 12 3/>

<@sms.section title=text.impactTitle() key="4.-impact-and-targets"/>

<#assign downtimeCounted><@choices [text.yes(), text.noBecause()]/></#assign>
<#assign yesNo><@choices [text.yes(), text.no()]/></#assign>
<#assign securityAffected><@choices [text.no(), text.yesSecurityIncident()]/></#assign>
<#assign noYes><@choices [text.no(), text.yes()]/></#assign>
${text.impactTable(downtimeCounted, yesNo, securityAffected, noYes)}

<@sms.section title=text.causeTitle() key="5.-cause-and-resolution"/>

${text.causeTable()}

<@sms.section title=text.lessonsTitle() key="6.-lessons-and-actions"/>

${text.lessonsTable()}

${text.actionsHeader()}
<@blankRows 5 4 true/>

<@sms.section title=text.signOffTitle() key="sign-off"/>

<@signoff [
  {"step": text.written()},
  {"step": text.reviewAccepted(), "role": incident.owner},
  {"step": text.problemAccepted(), "role": problem.owner}
]/>
