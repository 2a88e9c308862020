<#-- Release and deployment management. 2018 8.5.3; 2011 9.3. Its words are in release-and-deployment.text.ftl and its language variants. -->
<#import "/sections/release-and-deployment.text.ftl" as releaseText>
<@sms.section title=releaseText.title() clauses=["8.5.3"] key="release-and-deployment-management"/>

${releaseText.intro()}

### ${releaseText.policyTitle()}

<#if sms.edition == "2011">
${releaseText.policy2011()}

<#else>
${releaseText.policy()}

<#include "/sections/release-types.ftl">
</#if>
### ${releaseText.stepsTitle()}

${releaseText.steps()}

### ${releaseText.emergencyTitle()}

${releaseText.emergency()}

