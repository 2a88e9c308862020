<#-- Service availability management. 2018 8.7.1; 2011 part of 6.3. -->
<#-- Its words are in service-availability.text.ftl and its language variants. -->
<#import "/sections/service-availability.text.ftl" as serviceAvailabilityText>
<@sms.section title=serviceAvailabilityText.title() key="service-availability-management" clauses=["8.7.1"]/>

${serviceAvailabilityText.purpose()}

<@sms.section title=serviceAvailabilityText.requirementsTitle() key="availability-requirements-and-targets" clauses=["8.7.1"] clauses2011=["6.3.1"] level=3/>

${serviceAvailabilityText.requirements()}

${serviceAvailabilityText.calculation()}

${serviceAvailabilityText.downtimeRules()}

<@sms.section title=serviceAvailabilityText.planTitle() key="availability-plan" clauses=["8.7.1"] clauses2011=["6.3.2"] level=3/>

${serviceAvailabilityText.plan()}

<@sms.section title=serviceAvailabilityText.monitoringTitle() key="monitoring,-investigation-and-reporting" clauses=["8.7.1"] clauses2011=["6.3.3"] level=3/>

${serviceAvailabilityText.monitoringTool()}

${serviceAvailabilityText.monitoringSteps()}

