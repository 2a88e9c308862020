<#--
id: certification-roadmap
title: Certification Roadmap
kind: plan
code: PLN-05
order: 127
workbook: true
clauses: ["9.2", "9.3", "10.1"]
editions:
  "2018": {}
  "2011": {clauses: ["4.5.4.2", "4.5.4.3", "4.5.5.1"]}
related: ["implementation-plan", "internal-audit", "management-review", "nonconformity-and-corrective-action", "sms-scope"]
-->
<#-- The structure of the certification roadmap; its words are in certification-roadmap.text.ftl and its language variants. -->
<#import "/documents/certification-roadmap.text.ftl" as text>
<#-- The edition certificates are issued against; for a 2011 SMS this is 2018, reached by a transition. -->
<#assign cert = roadmap.certification>
<@sms.section title=text.purposeTitle() key="purpose"/>

${text.purpose(cert)}

<@sms.section title=text.howTitle() key="how-certification-works"/>

${text.how(cert)}

<#if cert.transition>
<@sms.section title=text.transitionTitle(cert) key="transition-to-iso/iec-20000-1:2018"/>

${text.transitionIntro(cert)}

${text.gapStep(cert)}
${text.addedLead(cert)} ${cert.activities?has_content?then(text.addedPlanned(), text.addedNone())}
${text.laterSteps(cert)}
<#if cert.activities?has_content>

${text.activitiesHeader(cert)}
<#list cert.activities as a>
| ${a.id} ${a.title} | ${a.clauses?join(", ")} | ${a.start} | ${a.end} |
</#list>
</#if>

</#if>
<@sms.section title=text.timelineTitle() key="timeline"/>

<#if !roadmap.dated>
${text.weeksNote()}

</#if>
${text.timelineIntro()}

${text.timelineHeader()}
<#list roadmap.steps as s>
| ${s.title} | ${s.date} | ${s.stateTitle} | ${s.basis} |
</#list>

<@sms.section title=text.stagesTitle() key="stage-1-and-stage-2"/>

${text.stages()}

<@sms.section title=text.nonconformitiesTitle() clauses=["10.1"] clauses2011=["4.5.5.1"] key="nonconformities"/>

${text.gradesIntro()}

${text.gradesTable()}

${text.nonconformitiesHandled()}

<@sms.section title=text.decisionTitle() key="certification-decision,-surveillance-and-recertification"/>

${text.decision()}

<@sms.section title=text.readinessTitle() clauses=["9.2", "9.3"] clauses2011=["4.5.4.2", "4.5.4.3"] key="readiness-checklist"/>

<#if !roadmap.ready>
${text.notReady(roadmap.openCount, roadmap.readiness?size)}
<#else>
${text.ready()}
</#if>

${text.readinessHeader()}
<#list roadmap.readiness as i>
| ${i.title} | ${i.stateTitle} | ${i.detail} |
</#list>

${text.readinessNote()}
