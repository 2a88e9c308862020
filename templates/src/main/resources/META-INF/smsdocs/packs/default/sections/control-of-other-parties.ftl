<#-- Control of the parties involved in the service lifecycle. 2018 8.2.3; 2011 4.2. -->
<#-- Its words are in control-of-other-parties.text.ftl and its language variants. -->
<#import "/sections/control-of-other-parties.text.ftl" as controlOfOtherPartiesText>
<@sms.section title=controlOfOtherPartiesText.title() key="control-of-parties-involved-in-the-service-lifecycle" clauses=["8.2.3"]/>

${controlOfOtherPartiesText.accountability()}

<#if suppliers?has_content>
${controlOfOtherPartiesText.partiesIntro()}

${controlOfOtherPartiesText.partiesHeader()}
<#list procedures.parties as x>
| ${x.name} | ${x.typeLabel} | ${x.provides!controlOfOtherPartiesText.supportingServices()} | <@sms.names items=x.services empty=controlOfOtherPartiesText.noServices()/> | ${x.agreement} | <@sms.roleWithPerson x.manager/> |
</#list>
<#else>
${controlOfOtherPartiesText.noParties()}
</#if>

${controlOfOtherPartiesText.controls()}

