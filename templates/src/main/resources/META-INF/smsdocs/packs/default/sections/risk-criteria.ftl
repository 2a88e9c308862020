<#-- Likelihood and impact criteria, the risk matrix and the response to each level (2018 6.1; 2011 4.5.2). -->
<#import "/sections/risk-criteria.text.ftl" as riskCriteriaText>
${riskCriteriaText.levels()}

${riskCriteriaText.matrix()}

${riskCriteriaText.responses()}

