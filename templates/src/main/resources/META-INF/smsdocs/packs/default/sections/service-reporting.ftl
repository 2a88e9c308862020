<#-- Service reporting. 2018 9.4; 2011 6.2. Its words are in service-reporting.text.ftl and its language variants. -->
<#import "/sections/service-reporting.text.ftl" as serviceReportingText>
<@sms.section title=serviceReportingText.title() clauses=["9.4"] key="service-reporting"/>

${serviceReportingText.intro()}

${serviceReportingText.reportsHeader()}
<#list customers as cu>
${serviceReportingText.customerReportRow(cu, (cu?index + 1)?string("00"))}
</#list>
${serviceReportingText.standardReports()}

<#if !customers?has_content>
${serviceReportingText.noCustomers()}

</#if>
<@sms.section title=serviceReportingText.contentTitle() clauses=["9.4"] level=3 key="content-of-customer-service-reports"/>

${serviceReportingText.content()}

<@sms.section title=serviceReportingText.producingTitle() clauses=["9.4"] level=3 key="producing-and-issuing-reports"/>

${serviceReportingText.producing()}

