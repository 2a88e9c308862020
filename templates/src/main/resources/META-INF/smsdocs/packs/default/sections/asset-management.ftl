<#-- Asset management. 2018 8.2.5; 2011 part of 9.1. Its words are in asset-management.text.ftl and its language variants. -->
<#import "/sections/asset-management.text.ftl" as assetManagementText>
<@sms.section title=assetManagementText.title() clauses=["8.2.5"] key="asset-management"/>
<#if sms.edition == "2011">

${assetManagementText.edition2011Note()}
</#if>

${assetManagementText.purpose()}

${assetManagementText.assetClasses()}

${assetManagementText.lifecycle()}

${assetManagementText.sharedIdentifier()}

