// One function app's own host storage: the account its Functions host keeps its keys and locks in
// (identity-based AzureWebJobsStorage) and Flex Consumption deploys its package from, and that app's identity's
// roles on it. Every app's host uses the same two container names, so in a shared account a role on them would
// reach the other app's keys too; an account per app keeps each host's keys to itself. The directory's data
// is not here (storage.bicep). Shared keys and public blob access are off: identity only.
param name string
param location string
param tags object

@description('The container Flex Consumption takes the app\'s package from.')
param deploymentContainerName string

@description('The app\'s managed identity (object id).')
param principalId string

// Built-in roles by Azure's id, each with the name Azure gives it. infra/azure-builtin-roles.json holds Azure's
// published definitions, and the infra tests hold every assignment's id and name to them.
var storageBlobDataOwner = { id: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', roleName: 'Storage Blob Data Owner' }
var storageBlobDataContributor = { id: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', roleName: 'Storage Blob Data Contributor' }

// Where the Functions host keeps its keys (secrets) and its locks and state (hosts). Created here so that the
// host's role can be on these two alone.
var hostContainerNames = ['azure-webjobs-hosts', 'azure-webjobs-secrets']

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource hostContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in hostContainerNames: {
  parent: blobs
  name: container
  properties: {
    publicAccess: 'None'
  }
}]

resource deployment 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

// Microsoft documents Storage Blob Data Owner as what the host alone needs of AzureWebJobsStorage (it reads and
// writes blobs and may create its containers); here it is on the host's two containers of this app's own account.
resource hostOwnsItsContainers 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (container, i) in hostContainerNames: {
  scope: hostContainers[i]
  name: guid(hostContainers[i].id, principalId, storageBlobDataOwner.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner.id)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}]

// A deployment (OneDeploy) writes the package into this container with the app's identity and Flex Consumption
// reads it from there, so the identity needs to write it: Storage Blob Data Contributor, the role Microsoft's
// Flex Consumption guide says the platform assigns for a user-assigned deployment identity.
resource appWritesItsPackage 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: deployment
  name: guid(deployment.id, principalId, storageBlobDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor.id)
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output blobEndpoint string = account.properties.primaryEndpoints.blob
