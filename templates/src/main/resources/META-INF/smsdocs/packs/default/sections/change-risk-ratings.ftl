<#-- The risk rating of a change (2018 8.5.1.3; 2011 9.2), shared by the change procedure and the request for
     change form; its words are in change-risk-ratings.text.ftl and its language variants. -->
<#import "/sections/change-risk-ratings.text.ftl" as changeRiskRatingsText>
${changeRiskRatingsText.table()}
