using '../main.bicep'

param environmentName = 'prod'
param maximumInstanceCount = 40
param instanceMemoryMB = 2048
param rateLimitPermitsPerMinute = 600
