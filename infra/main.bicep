// Everything MPP Directory needs in Azure, in one resource group: storage, identity, monitoring,
// the two Flex Consumption function apps (reads, stewardship) and the least-privilege role assignments.
// Build and lint: npm run infra. Deploy: see README "Deploy to Azure".
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

@description('Requests per client per minute (0 turns the limit off).')
@minValue(0)
param rateLimitPermitsPerMinute int = 600

@description('The Entra ID application (audience) that tokens for writes are issued to.')
param writeAudience string = 'api://mpp-directory-${environmentName}'

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
// Storage account names: 3 to 24 lowercase letters and digits, unique in Azure. Each app's host storage is the
// data account's name with its own two-letter ending.
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
// versions, forwarded by the reads app; its own address is not the one clients are given.
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
    writeAudience: writeAudience
    writeRole: 'Directory.Write'
    adminRole: 'Directory.Admin'
    publicBaseUrl: 'https://${readsAppName}.azurewebsites.net'
    deploymentContainerName: deploymentContainerName
    maximumInstanceCount: 10
    // The reads app limits each client before it forwards; here every forwarded client would share the reads
    // app's address, so one quota. Restricting this app to the reads app is a follow-up (see infra/README.md).
    rateLimitPermitsPerMinute: 0
  }
  dependsOn: [roles]
}

// The reads app: the read edition (Native AOT) at the public address.
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
    writeAudience: writeAudience
    writeRole: 'Directory.Write'
    adminRole: 'Directory.Admin'
    publicBaseUrl: 'https://${readsAppName}.azurewebsites.net'
    deploymentContainerName: deploymentContainerName
    maximumInstanceCount: maximumInstanceCount
    rateLimitPermitsPerMinute: rateLimitPermitsPerMinute
    stewardshipUrl: stewardshipApp.outputs.url
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
