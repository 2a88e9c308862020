<#-- Information security management: risk assessment, controls, incidents. 2018 8.7.3; 2011 6.6. -->
<#-- Its words are in information-security.text.ftl and its language variants. -->
<#import "/sections/information-security.text.ftl" as informationSecurityText>
<@sms.section title=informationSecurityText.title() clauses=["8.7.3"] key="information-security-management"/>

${informationSecurityText.intro()}

<@sms.section title=informationSecurityText.riskTitle() clauses=["8.7.3.2"] level=3 key="information-security-risk-assessment"/>

${informationSecurityText.riskAssessment()}

<@sms.section title=informationSecurityText.controlsTitle() clauses=["8.7.3.2"] level=3 key="information-security-controls"/>

${informationSecurityText.controls()}

${informationSecurityText.controlsReview()}

${informationSecurityText.supplierObligations()}

<#if externalSuppliers?has_content>
${informationSecurityText.suppliersHeader()}
<#list externalSuppliers as sup>
| ${sup.name} | ${sup.provides!informationSecurityText.providesInContract()} | ${sup.reference} | ${sup.manager.title} |
</#list>
<#else>
${informationSecurityText.noSuppliers()}
</#if>

<@sms.section title=informationSecurityText.incidentsTitle() clauses=["8.7.3.3"] level=3 key="information-security-incidents"/>

${informationSecurityText.incidents()}
<@sms.sectorPoints "security"/>
