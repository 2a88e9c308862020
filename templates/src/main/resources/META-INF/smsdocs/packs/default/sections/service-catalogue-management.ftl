<#-- Service catalogue management. 2018 8.2.4; 2011 part of 6.1. -->
<#-- Its words are in service-catalogue-management.text.ftl and its language variants. -->
<#import "/sections/service-catalogue-management.text.ftl" as serviceCatalogueManagementText>
<@sms.section title=serviceCatalogueManagementText.title() clauses=["8.2.4"] key="service-catalogue-management"/>

${serviceCatalogueManagementText.procedure()}

