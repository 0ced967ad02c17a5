// A Flex Consumption plan and the Linux function app that runs the custom handler: the `custom`
// stack (no .NET runtime: the package carries an executable that needs none), HTTPS only, TLS 1.2,
// no FTP and no basic publishing credentials, every setting without a secret. main.bicep makes two:
// the reads app (the read edition, Native AOT), which takes every request at the public address and
// forwards what it does not serve to the stewardship app (the full app, ReadyToRun).
param name string

@description('The address clients use (the reads app\'s): links and Location headers point there.')
param publicBaseUrl string

param location string
param tags object

@description('The app\'s own user-assigned identity (resource id and client id).')
param identityId string
param identityClientId string

@description('The app\'s own host storage account (AzureWebJobsStorage) and its blob endpoint, which holds the deployment container.')
param hostStorageAccountName string
param hostBlobEndpoint string
param deploymentContainerName string

@description('The directory\'s storage account: its tables and the datasets container.')
param storageAccountName string
param appInsightsConnectionString string
param tablePrefix string
param datasetContainerName string
param maximumInstanceCount int
param instanceMemoryMB int

@description('The settings of this app\'s edition (name and value), after those every app has.')
param appSettings array

// What every app needs: the host, its storage and telemetry by the app's own identity, the directory's storage.
var platformSettings = [
  { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
  { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'custom' }
  { name: 'AzureWebJobsStorage__accountName', value: hostStorageAccountName }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
  { name: 'OTEL_SERVICE_NAME', value: name } // each app its own role in Application Insights
  { name: 'Storage__accountName', value: storageAccountName }
  { name: 'Storage__clientId', value: identityClientId }
  { name: 'Storage__TablePrefix', value: tablePrefix }
  { name: 'Storage__DatasetContainer', value: datasetContainerName }
  { name: 'PublicBaseUrl', value: publicBaseUrl }
  { name: 'AzureWebJobsDisableHomepage', value: 'true' } // / is the directory's home page (host.json routePrefix is empty), not the host's
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: ''
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: ['*'] // the app answers preflight itself too; reads are public
      }
      appSettings: concat(platformSettings, appSettings)
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }
}

resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = app.name
output url string = 'https://${app.properties.defaultHostName}'
