<#-- Capacity management. 2018 8.4.3; 2011 6.5. -->
<#-- Its words are in capacity-management.text.ftl and its language variants. -->
<#import "/sections/capacity-management.text.ftl" as capacityManagementText>
<@sms.section title=capacityManagementText.title() key="capacity-management" clauses=["8.4.3"]/>

### ${capacityManagementText.planTitle()}

<#if sms.edition == "2011">
${capacityManagementText.planIntroLinked()}
<#else>
${capacityManagementText.planIntro()}
</#if>

${capacityManagementText.planContents()}

${capacityManagementText.planReview()}

### ${capacityManagementText.monitoringTitle()}

${capacityManagementText.monitoring()}

<#include "/sections/capacity-thresholds.ftl">
${capacityManagementText.capacityReport()}

### ${capacityManagementText.predictiveTitle()}

${capacityManagementText.predictiveSteps()}

### ${capacityManagementText.changeAndDesignTitle()}

${capacityManagementText.changeAndDesign()}

