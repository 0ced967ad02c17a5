// Everything MPP Directory needs in Azure, in one resource group: the directory's storage, the two Flex
// Consumption function apps (reads, stewardship), each with its own identity and host storage, monitoring and
// the least-privilege role assignments.
// Build and lint: npm run infra. Deploy: see docs/operations.md, "Deploy to Azure".
targetScope = 'resourceGroup'

@description('Short name of the environment, part of every resource name.')
@allowed(['dev', 'prod'])
param environmentName string

@description('Where everything runs.')
param location string = resourceGroup().location

@description('Globally unique prefix of the names (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param namePrefix string = 'mppdir'

@description('Most instances Flex Consumption may run.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 512

@description('Requests per client per minute, in each app (0 turns the limit off).')
@minValue(0)
param rateLimitPermitsPerMinute int = 600

@description('Writes per steward per minute, in the stewardship app.')
@minValue(1)
param writePermitsPerMinute int = 30

@description('The directory API\'s Entra ID application (audience): stewards\' tokens are issued to it, and so are the reads app\'s proofs that a request came through it.')
param writeAudience string = 'api://mpp-directory-${environmentName}'

@description('The application (client) id of that app registration: the audience of the v2.0 access tokens Entra ID issues for it (docs/operations.md, "Deploy to Azure"). The stewardship app does not start without it.')
param apiClientId string = ''

@description('The client applications (ids, comma-separated) whose tokens the stewardship app accepts.')
param allowedClientApplications string = ''

@description('Who seeds the directory and publishes datasets: an object id, or empty for none.')
param dataPublisherPrincipalId string = ''

var suffix = uniqueString(resourceGroup().id)
var tags = {
  application: 'mpp-directory'
  environment: environmentName
}
var tablePrefix = 'mpp'
var tableNames = [for table in ['Mpps', 'AgencyKinds', 'Services', 'Regions', 'Holidays', 'Datasets']: '${tablePrefix}${table}']
var datasetContainerName = 'datasets'
var readsAppName = '${namePrefix}-${environmentName}-${suffix}'
var stewardshipAppName = '${namePrefix}-${environmentName}-stewardship-${suffix}'
// Storage account names: 3 to 24 lowercase letters and digits, unique in Azure. The directory's account and each
// app's host storage share a stem; each host account ends in its own two letters.
var accountName = '${namePrefix}${environmentName}${suffix}'
var readsHostAccountName = '${take(accountName, 22)}hr'
var stewardshipHostAccountName = '${take(accountName, 22)}hs'
// Flex Consumption takes each app's package from a container of the app's own host storage (npm run package makes both zips).
var deploymentContainerName = 'app-package'

// One identity per app, so that the public reads app holds no role that writes.
module readsIdentity 'modules/identity.bicep' = {
  name: 'readsidentity'
  params: {
    name: '${namePrefix}-${environmentName}-reads-id'
    location: location
    tags: tags
  }
}

module stewardshipIdentity 'modules/identity.bicep' = {
  name: 'stewardshipidentity'
  params: {
    name: '${namePrefix}-${environmentName}-stewardship-id'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take(accountName, 24)
    location: location
    tags: tags
    tableNames: tableNames
    datasetContainerName: datasetContainerName
  }
}

module readsHost 'modules/hoststorage.bicep' = {
  name: 'readshoststorage'
  params: {
    name: readsHostAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    principalId: readsIdentity.outputs.principalId
  }
}

module stewardshipHost 'modules/hoststorage.bicep' = {
  name: 'stewardshiphoststorage'
  params: {
    name: stewardshipHostAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    principalId: stewardshipIdentity.outputs.principalId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: '${namePrefix}-${environmentName}-insights'
    location: location
    tags: tags
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    storageAccountName: storage.outputs.accountName
    tableNames: tableNames
    datasetContainerName: datasetContainerName
    appInsightsName: monitoring.outputs.name
    readsPrincipalId: readsIdentity.outputs.principalId
    stewardshipPrincipalId: stewardshipIdentity.outputs.principalId
    dataPublisherPrincipalId: dataPublisherPrincipalId
  }
}

// The stewardship app: the full app (ReadyToRun), which takes writes, imports, the change feed and dataset
// versions. It is not for the public: it answers only requests the reads app forwards, each carrying a token the
// reads app's identity got from Entra ID for the directory API (its object id is Forwarding__ForwarderObjectId).
module stewardshipApp 'modules/functionapp.bicep' = {
  name: 'stewardshipapp'
  params: {
    name: stewardshipAppName
    location: location
    tags: tags
    identityId: stewardshipIdentity.outputs.id
    identityClientId: stewardshipIdentity.outputs.clientId
    hostStorageAccountName: stewardshipHostAccountName
    hostBlobEndpoint: stewardshipHost.outputs.blobEndpoint
    storageAccountName: storage.outputs.accountName
    appInsightsConnectionString: monitoring.outputs.connectionString
    tablePrefix: tablePrefix
    datasetContainerName: datasetContainerName
    instanceMemoryMB: instanceMemoryMB
    publicBaseUrl: 'https://${readsAppName}.azurewebsites.net'
    deploymentContainerName: deploymentContainerName
    maximumInstanceCount: 10
    appSettings: [
      { name: 'Forwarding__ForwarderObjectId', value: readsIdentity.outputs.principalId }
      { name: 'Authentication__Authority', value: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0' }
      { name: 'Authentication__Audience', value: writeAudience }
      { name: 'Authentication__ClientId', value: apiClientId }
      { name: 'Authentication__AllowedClientApplications', value: allowedClientApplications }
      // The same per-client limit as the reads app, by the client address the forwarded request states; that
      // address is believed only with the reads app's proof, never from X-Forwarded-For as such.
      { name: 'RateLimiting__PermitsPerMinute', value: string(rateLimitPermitsPerMinute) }
      { name: 'RateLimiting__WritePermitsPerMinute', value: string(writePermitsPerMinute) }
      { name: 'RateLimiting__TrustForwardedFor', value: 'false' }
    ]
  }
  dependsOn: [roles]
}

// The reads app: the read edition (Native AOT) at the public address. It forwards what it does not serve to the
// stewardship app with a token for the directory API, asked of Entra ID by its own identity.
module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: readsAppName
    location: location
    tags: tags
    identityId: readsIdentity.outputs.id
    identityClientId: readsIdentity.outputs.clientId
    hostStorageAccountName: readsHostAccountName
    hostBlobEndpoint: readsHost.outputs.blobEndpoint
    storageAccountName: storage.outputs.accountName
    appInsightsConnectionString: monitoring.outputs.connectionString
    tablePrefix: tablePrefix
    datasetContainerName: datasetContainerName
    instanceMemoryMB: instanceMemoryMB
    publicBaseUrl: 'https://${readsAppName}.azurewebsites.net'
    deploymentContainerName: deploymentContainerName
    maximumInstanceCount: maximumInstanceCount
    appSettings: [
      { name: 'Stewardship__Url', value: stewardshipApp.outputs.url }
      { name: 'Stewardship__ProofAudience', value: writeAudience }
      { name: 'Stewardship__IdentityClientId', value: readsIdentity.outputs.clientId }
      { name: 'RateLimiting__PermitsPerMinute', value: string(rateLimitPermitsPerMinute) }
      { name: 'RateLimiting__TrustForwardedFor', value: 'true' } // requests reach the handler from the host; the front end states the client
    ]
  }
  dependsOn: [roles]
}

output appUrl string = functionApp.outputs.url
output appName string = functionApp.outputs.name
output stewardshipAppName string = stewardshipApp.outputs.name
output storageAccountName string = storage.outputs.accountName
output readsIdentityPrincipalId string = readsIdentity.outputs.principalId
output readsIdentityClientId string = readsIdentity.outputs.clientId
output stewardshipIdentityPrincipalId string = stewardshipIdentity.outputs.principalId
