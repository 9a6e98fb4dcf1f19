// Generated from models/kms.json by scripts/models/generate-types.ts. Do not edit.
import type { Readable } from 'node:stream';
import type { RequestContext } from '../core/context.js';

export interface CancelKeyDeletionRequest {
  KeyId: string;
}

export interface CancelKeyDeletionResponse {
  KeyId?: string;
}

export interface ConnectCustomKeyStoreRequest {
  CustomKeyStoreId: string;
}

export interface ConnectCustomKeyStoreResponse {
}

export interface CreateAliasRequest {
  AliasName: string;
  TargetKeyId: string;
}

export interface CreateCustomKeyStoreRequest {
  CloudHsmClusterId?: string;
  CustomKeyStoreName: string;
  CustomKeyStoreType?: "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";
  KeyStorePassword?: string;
  TrustAnchorCertificate?: string;
  XksProxyAuthenticationCredential?: XksProxyAuthenticationCredentialType;
  XksProxyConnectivity?: "PUBLIC_ENDPOINT" | "VPC_ENDPOINT_SERVICE";
  XksProxyUriEndpoint?: string;
  XksProxyUriPath?: string;
  XksProxyVpcEndpointServiceName?: string;
  XksProxyVpcEndpointServiceOwner?: string;
}

export interface CreateCustomKeyStoreResponse {
  CustomKeyStoreId?: string;
}

export interface CreateGrantRequest {
  Constraints?: GrantConstraints;
  DryRun?: boolean;
  GrantTokens?: Array<string>;
  GranteePrincipal: string;
  KeyId: string;
  Name?: string;
  Operations: Array<"Decrypt" | "Encrypt" | "GenerateDataKey" | "GenerateDataKeyWithoutPlaintext" | "ReEncryptFrom" | "ReEncryptTo" | "Sign" | "Verify" | "GetPublicKey" | "CreateGrant" | "RetireGrant" | "DescribeKey" | "GenerateDataKeyPair" | "GenerateDataKeyPairWithoutPlaintext" | "GenerateMac" | "VerifyMac" | "DeriveSharedSecret">;
  RetiringPrincipal?: string;
}

export interface CreateGrantResponse {
  GrantId?: string;
  GrantToken?: string;
}

export interface CreateKeyRequest {
  BypassPolicyLockoutSafetyCheck?: boolean;
  CustomKeyStoreId?: string;
  CustomerMasterKeySpec?: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2";
  Description?: string;
  KeySpec?: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2" | "ML_DSA_44" | "ML_DSA_65" | "ML_DSA_87" | "ECC_NIST_EDWARDS25519";
  KeyUsage?: "SIGN_VERIFY" | "ENCRYPT_DECRYPT" | "GENERATE_VERIFY_MAC" | "KEY_AGREEMENT";
  MultiRegion?: boolean;
  Origin?: "AWS_KMS" | "EXTERNAL" | "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";
  Policy?: string;
  Tags?: Array<TagShape>;
  XksKeyId?: string;
}

export interface CreateKeyResponse {
  KeyMetadata?: KeyMetadata;
}

export interface DecryptRequest {
  CiphertextBlob?: Buffer;
  DryRun?: boolean;
  DryRunModifiers?: Array<"IGNORE_CIPHERTEXT">;
  EncryptionAlgorithm?: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
  EncryptionContext?: Record<string, string>;
  GrantTokens?: Array<string>;
  KeyId?: string;
  Recipient?: RecipientInfo;
}

export interface DecryptResponse {
  CiphertextForRecipient?: Buffer;
  EncryptionAlgorithm?: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
  KeyId?: string;
  KeyMaterialId?: string;
  Plaintext?: Buffer;
}

export interface DeleteAliasRequest {
  AliasName: string;
}

export interface DeleteCustomKeyStoreRequest {
  CustomKeyStoreId: string;
}

export interface DeleteCustomKeyStoreResponse {
}

export interface DeleteImportedKeyMaterialRequest {
  KeyId: string;
  KeyMaterialId?: string;
}

export interface DeleteImportedKeyMaterialResponse {
  KeyId?: string;
  KeyMaterialId?: string;
}

export interface DeriveSharedSecretRequest {
  DryRun?: boolean;
  GrantTokens?: Array<string>;
  KeyAgreementAlgorithm: "ECDH";
  KeyId: string;
  PublicKey: Buffer;
  Recipient?: RecipientInfo;
}

export interface DeriveSharedSecretResponse {
  CiphertextForRecipient?: Buffer;
  KeyAgreementAlgorithm?: "ECDH";
  KeyId?: string;
  KeyOrigin?: "AWS_KMS" | "EXTERNAL" | "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";
  SharedSecret?: Buffer;
}

export interface DescribeCustomKeyStoresRequest {
  CustomKeyStoreId?: string;
  CustomKeyStoreName?: string;
  Limit?: number;
  Marker?: string;
}

export interface DescribeCustomKeyStoresResponse {
  CustomKeyStores?: Array<CustomKeyStoresListEntry>;
  NextMarker?: string;
  Truncated?: boolean;
}

export interface DescribeKeyRequest {
  GrantTokens?: Array<string>;
  KeyId: string;
}

export interface DescribeKeyResponse {
  KeyMetadata?: KeyMetadata;
}

export interface DisableKeyRequest {
  KeyId: string;
}

export interface DisableKeyRotationRequest {
  KeyId: string;
}

export interface DisconnectCustomKeyStoreRequest {
  CustomKeyStoreId: string;
}

export interface DisconnectCustomKeyStoreResponse {
}

export interface EnableKeyRequest {
  KeyId: string;
}

export interface EnableKeyRotationRequest {
  KeyId: string;
  RotationPeriodInDays?: number;
}

export interface EncryptRequest {
  DryRun?: boolean;
  EncryptionAlgorithm?: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
  EncryptionContext?: Record<string, string>;
  GrantTokens?: Array<string>;
  KeyId: string;
  Plaintext: Buffer;
}

export interface EncryptResponse {
  CiphertextBlob?: Buffer;
  EncryptionAlgorithm?: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
  KeyId?: string;
}

export interface GenerateDataKeyRequest {
  DryRun?: boolean;
  EncryptionContext?: Record<string, string>;
  GrantTokens?: Array<string>;
  KeyId: string;
  KeySpec?: "AES_256" | "AES_128";
  NumberOfBytes?: number;
  Recipient?: RecipientInfo;
}

export interface GenerateDataKeyResponse {
  CiphertextBlob?: Buffer;
  CiphertextForRecipient?: Buffer;
  KeyId?: string;
  KeyMaterialId?: string;
  Plaintext?: Buffer;
}

export interface GenerateDataKeyPairRequest {
  DryRun?: boolean;
  EncryptionContext?: Record<string, string>;
  GrantTokens?: Array<string>;
  KeyId: string;
  KeyPairSpec: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SM2" | "ECC_NIST_EDWARDS25519";
  Recipient?: RecipientInfo;
}

export interface GenerateDataKeyPairResponse {
  CiphertextForRecipient?: Buffer;
  KeyId?: string;
  KeyMaterialId?: string;
  KeyPairSpec?: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SM2" | "ECC_NIST_EDWARDS25519";
  PrivateKeyCiphertextBlob?: Buffer;
  PrivateKeyPlaintext?: Buffer;
  PublicKey?: Buffer;
}

export interface GenerateDataKeyPairWithoutPlaintextRequest {
  DryRun?: boolean;
  EncryptionContext?: Record<string, string>;
  GrantTokens?: Array<string>;
  KeyId: string;
  KeyPairSpec: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SM2" | "ECC_NIST_EDWARDS25519";
}

export interface GenerateDataKeyPairWithoutPlaintextResponse {
  KeyId?: string;
  KeyMaterialId?: string;
  KeyPairSpec?: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SM2" | "ECC_NIST_EDWARDS25519";
  PrivateKeyCiphertextBlob?: Buffer;
  PublicKey?: Buffer;
}

export interface GenerateDataKeyWithoutPlaintextRequest {
  DryRun?: boolean;
  EncryptionContext?: Record<string, string>;
  GrantTokens?: Array<string>;
  KeyId: string;
  KeySpec?: "AES_256" | "AES_128";
  NumberOfBytes?: number;
}

export interface GenerateDataKeyWithoutPlaintextResponse {
  CiphertextBlob?: Buffer;
  KeyId?: string;
  KeyMaterialId?: string;
}

export interface GenerateMacRequest {
  DryRun?: boolean;
  GrantTokens?: Array<string>;
  KeyId: string;
  MacAlgorithm: "HMAC_SHA_224" | "HMAC_SHA_256" | "HMAC_SHA_384" | "HMAC_SHA_512";
  Message: Buffer;
}

export interface GenerateMacResponse {
  KeyId?: string;
  Mac?: Buffer;
  MacAlgorithm?: "HMAC_SHA_224" | "HMAC_SHA_256" | "HMAC_SHA_384" | "HMAC_SHA_512";
}

export interface GenerateRandomRequest {
  CustomKeyStoreId?: string;
  NumberOfBytes?: number;
  Recipient?: RecipientInfo;
}

export interface GenerateRandomResponse {
  CiphertextForRecipient?: Buffer;
  Plaintext?: Buffer;
}

export interface GetKeyLastUsageRequest {
  KeyId: string;
}

export interface GetKeyLastUsageResponse {
  KeyCreationDate?: Date;
  KeyId?: string;
  KeyLastUsage?: KeyLastUsageData;
  TrackingStartDate?: Date;
}

export interface GetKeyPolicyRequest {
  KeyId: string;
  PolicyName?: string;
}

export interface GetKeyPolicyResponse {
  Policy?: string;
  PolicyName?: string;
}

export interface GetKeyRotationStatusRequest {
  KeyId: string;
}

export interface GetKeyRotationStatusResponse {
  KeyId?: string;
  KeyRotationEnabled?: boolean;
  NextRotationDate?: Date;
  OnDemandRotationStartDate?: Date;
  RotationPeriodInDays?: number;
}

export interface GetParametersForImportRequest {
  KeyId: string;
  WrappingAlgorithm: "RSAES_PKCS1_V1_5" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "RSA_AES_KEY_WRAP_SHA_1" | "RSA_AES_KEY_WRAP_SHA_256" | "SM2PKE";
  WrappingKeySpec: "RSA_2048" | "RSA_3072" | "RSA_4096" | "SM2";
}

export interface GetParametersForImportResponse {
  ImportToken?: Buffer;
  KeyId?: string;
  ParametersValidTo?: Date;
  PublicKey?: Buffer;
}

export interface GetPublicKeyRequest {
  GrantTokens?: Array<string>;
  KeyId: string;
}

export interface GetPublicKeyResponse {
  CustomerMasterKeySpec?: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2";
  EncryptionAlgorithms?: Array<"SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE">;
  KeyAgreementAlgorithms?: Array<"ECDH">;
  KeyId?: string;
  KeySpec?: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2" | "ML_DSA_44" | "ML_DSA_65" | "ML_DSA_87" | "ECC_NIST_EDWARDS25519";
  KeyUsage?: "SIGN_VERIFY" | "ENCRYPT_DECRYPT" | "GENERATE_VERIFY_MAC" | "KEY_AGREEMENT";
  PublicKey?: Buffer;
  SigningAlgorithms?: Array<"RSASSA_PSS_SHA_256" | "RSASSA_PSS_SHA_384" | "RSASSA_PSS_SHA_512" | "RSASSA_PKCS1_V1_5_SHA_256" | "RSASSA_PKCS1_V1_5_SHA_384" | "RSASSA_PKCS1_V1_5_SHA_512" | "ECDSA_SHA_256" | "ECDSA_SHA_384" | "ECDSA_SHA_512" | "SM2DSA" | "ML_DSA_SHAKE_256" | "ED25519_SHA_512" | "ED25519_PH_SHA_512">;
}

export interface ImportKeyMaterialRequest {
  EncryptedKeyMaterial: Buffer;
  ExpirationModel?: "KEY_MATERIAL_EXPIRES" | "KEY_MATERIAL_DOES_NOT_EXPIRE";
  ImportToken: Buffer;
  ImportType?: "NEW_KEY_MATERIAL" | "EXISTING_KEY_MATERIAL";
  KeyId: string;
  KeyMaterialDescription?: string;
  KeyMaterialId?: string;
  ValidTo?: Date;
}

export interface ImportKeyMaterialResponse {
  KeyId?: string;
  KeyMaterialId?: string;
}

export interface ListAliasesRequest {
  KeyId?: string;
  Limit?: number;
  Marker?: string;
}

export interface ListAliasesResponse {
  Aliases?: Array<AliasListEntry>;
  NextMarker?: string;
  Truncated?: boolean;
}

export interface ListGrantsRequest {
  GrantId?: string;
  GranteePrincipal?: string;
  KeyId: string;
  Limit?: number;
  Marker?: string;
}

export interface ListGrantsResponse {
  Grants?: Array<GrantListEntry>;
  NextMarker?: string;
  Truncated?: boolean;
}

export interface ListKeyPoliciesRequest {
  KeyId: string;
  Limit?: number;
  Marker?: string;
}

export interface ListKeyPoliciesResponse {
  NextMarker?: string;
  PolicyNames?: Array<string>;
  Truncated?: boolean;
}

export interface ListKeyRotationsRequest {
  IncludeKeyMaterial?: "ALL_KEY_MATERIAL" | "ROTATIONS_ONLY";
  KeyId: string;
  Limit?: number;
  Marker?: string;
}

export interface ListKeyRotationsResponse {
  NextMarker?: string;
  Rotations?: Array<RotationsListEntry>;
  Truncated?: boolean;
}

export interface ListKeysRequest {
  Limit?: number;
  Marker?: string;
}

export interface ListKeysResponse {
  Keys?: Array<KeyListEntry>;
  NextMarker?: string;
  Truncated?: boolean;
}

export interface ListResourceTagsRequest {
  KeyId: string;
  Limit?: number;
  Marker?: string;
}

export interface ListResourceTagsResponse {
  NextMarker?: string;
  Tags?: Array<TagShape>;
  Truncated?: boolean;
}

export interface ListRetirableGrantsRequest {
  Limit?: number;
  Marker?: string;
  RetiringPrincipal: string;
}

export interface PutKeyPolicyRequest {
  BypassPolicyLockoutSafetyCheck?: boolean;
  KeyId: string;
  Policy: string;
  PolicyName?: string;
}

export interface ReEncryptRequest {
  CiphertextBlob?: Buffer;
  DestinationEncryptionAlgorithm?: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
  DestinationEncryptionContext?: Record<string, string>;
  DestinationKeyId: string;
  DryRun?: boolean;
  DryRunModifiers?: Array<"IGNORE_CIPHERTEXT">;
  GrantTokens?: Array<string>;
  SourceEncryptionAlgorithm?: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
  SourceEncryptionContext?: Record<string, string>;
  SourceKeyId?: string;
}

export interface ReEncryptResponse {
  CiphertextBlob?: Buffer;
  DestinationEncryptionAlgorithm?: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
  DestinationKeyMaterialId?: string;
  KeyId?: string;
  SourceEncryptionAlgorithm?: "SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE";
  SourceKeyId?: string;
  SourceKeyMaterialId?: string;
}

export interface ReplicateKeyRequest {
  BypassPolicyLockoutSafetyCheck?: boolean;
  Description?: string;
  KeyId: string;
  Policy?: string;
  ReplicaRegion: string;
  Tags?: Array<TagShape>;
}

export interface ReplicateKeyResponse {
  ReplicaKeyMetadata?: KeyMetadata;
  ReplicaPolicy?: string;
  ReplicaTags?: Array<TagShape>;
}

export interface RetireGrantRequest {
  DryRun?: boolean;
  GrantId?: string;
  GrantToken?: string;
  KeyId?: string;
}

export interface RevokeGrantRequest {
  DryRun?: boolean;
  GrantId: string;
  KeyId: string;
}

export interface RotateKeyOnDemandRequest {
  KeyId: string;
}

export interface RotateKeyOnDemandResponse {
  KeyId?: string;
}

export interface ScheduleKeyDeletionRequest {
  KeyId: string;
  PendingWindowInDays?: number;
}

export interface ScheduleKeyDeletionResponse {
  DeletionDate?: Date;
  KeyId?: string;
  KeyState?: "Creating" | "Enabled" | "Disabled" | "PendingDeletion" | "PendingImport" | "PendingReplicaDeletion" | "Unavailable" | "Updating";
  PendingWindowInDays?: number;
}

export interface SignRequest {
  DryRun?: boolean;
  GrantTokens?: Array<string>;
  KeyId: string;
  Message: Buffer;
  MessageType?: "RAW" | "DIGEST" | "EXTERNAL_MU";
  SigningAlgorithm: "RSASSA_PSS_SHA_256" | "RSASSA_PSS_SHA_384" | "RSASSA_PSS_SHA_512" | "RSASSA_PKCS1_V1_5_SHA_256" | "RSASSA_PKCS1_V1_5_SHA_384" | "RSASSA_PKCS1_V1_5_SHA_512" | "ECDSA_SHA_256" | "ECDSA_SHA_384" | "ECDSA_SHA_512" | "SM2DSA" | "ML_DSA_SHAKE_256" | "ED25519_SHA_512" | "ED25519_PH_SHA_512";
}

export interface SignResponse {
  KeyId?: string;
  Signature?: Buffer;
  SigningAlgorithm?: "RSASSA_PSS_SHA_256" | "RSASSA_PSS_SHA_384" | "RSASSA_PSS_SHA_512" | "RSASSA_PKCS1_V1_5_SHA_256" | "RSASSA_PKCS1_V1_5_SHA_384" | "RSASSA_PKCS1_V1_5_SHA_512" | "ECDSA_SHA_256" | "ECDSA_SHA_384" | "ECDSA_SHA_512" | "SM2DSA" | "ML_DSA_SHAKE_256" | "ED25519_SHA_512" | "ED25519_PH_SHA_512";
}

export interface TagResourceRequest {
  KeyId: string;
  Tags: Array<TagShape>;
}

export interface UntagResourceRequest {
  KeyId: string;
  TagKeys: Array<string>;
}

export interface UpdateAliasRequest {
  AliasName: string;
  TargetKeyId: string;
}

export interface UpdateCustomKeyStoreRequest {
  CloudHsmClusterId?: string;
  CustomKeyStoreId: string;
  KeyStorePassword?: string;
  NewCustomKeyStoreName?: string;
  XksProxyAuthenticationCredential?: XksProxyAuthenticationCredentialType;
  XksProxyConnectivity?: "PUBLIC_ENDPOINT" | "VPC_ENDPOINT_SERVICE";
  XksProxyUriEndpoint?: string;
  XksProxyUriPath?: string;
  XksProxyVpcEndpointServiceName?: string;
  XksProxyVpcEndpointServiceOwner?: string;
}

export interface UpdateCustomKeyStoreResponse {
}

export interface UpdateKeyDescriptionRequest {
  Description: string;
  KeyId: string;
}

export interface UpdatePrimaryRegionRequest {
  KeyId: string;
  PrimaryRegion: string;
}

export interface VerifyRequest {
  DryRun?: boolean;
  GrantTokens?: Array<string>;
  KeyId: string;
  Message: Buffer;
  MessageType?: "RAW" | "DIGEST" | "EXTERNAL_MU";
  Signature: Buffer;
  SigningAlgorithm: "RSASSA_PSS_SHA_256" | "RSASSA_PSS_SHA_384" | "RSASSA_PSS_SHA_512" | "RSASSA_PKCS1_V1_5_SHA_256" | "RSASSA_PKCS1_V1_5_SHA_384" | "RSASSA_PKCS1_V1_5_SHA_512" | "ECDSA_SHA_256" | "ECDSA_SHA_384" | "ECDSA_SHA_512" | "SM2DSA" | "ML_DSA_SHAKE_256" | "ED25519_SHA_512" | "ED25519_PH_SHA_512";
}

export interface VerifyResponse {
  KeyId?: string;
  SignatureValid?: boolean;
  SigningAlgorithm?: "RSASSA_PSS_SHA_256" | "RSASSA_PSS_SHA_384" | "RSASSA_PSS_SHA_512" | "RSASSA_PKCS1_V1_5_SHA_256" | "RSASSA_PKCS1_V1_5_SHA_384" | "RSASSA_PKCS1_V1_5_SHA_512" | "ECDSA_SHA_256" | "ECDSA_SHA_384" | "ECDSA_SHA_512" | "SM2DSA" | "ML_DSA_SHAKE_256" | "ED25519_SHA_512" | "ED25519_PH_SHA_512";
}

export interface VerifyMacRequest {
  DryRun?: boolean;
  GrantTokens?: Array<string>;
  KeyId: string;
  Mac: Buffer;
  MacAlgorithm: "HMAC_SHA_224" | "HMAC_SHA_256" | "HMAC_SHA_384" | "HMAC_SHA_512";
  Message: Buffer;
}

export interface VerifyMacResponse {
  KeyId?: string;
  MacAlgorithm?: "HMAC_SHA_224" | "HMAC_SHA_256" | "HMAC_SHA_384" | "HMAC_SHA_512";
  MacValid?: boolean;
}

export interface AlreadyExistsException {
  message?: string;
}

export interface CloudHsmClusterInUseException {
  message?: string;
}

export interface CloudHsmClusterInvalidConfigurationException {
  message?: string;
}

export interface CloudHsmClusterNotActiveException {
  message?: string;
}

export interface CloudHsmClusterNotFoundException {
  message?: string;
}

export interface CloudHsmClusterNotRelatedException {
  message?: string;
}

export interface ConflictException {
  message?: string;
}

export interface CustomKeyStoreHasCMKsException {
  message?: string;
}

export interface CustomKeyStoreInvalidStateException {
  message?: string;
}

export interface CustomKeyStoreNameInUseException {
  message?: string;
}

export interface CustomKeyStoreNotFoundException {
  message?: string;
}

export interface DependencyTimeoutException {
  message?: string;
}

export interface DisabledException {
  message?: string;
}

export interface DryRunOperationException {
  message?: string;
}

export interface ExpiredImportTokenException {
  message?: string;
}

export interface IncorrectKeyException {
  message?: string;
}

export interface IncorrectKeyMaterialException {
  message?: string;
}

export interface IncorrectTrustAnchorException {
  message?: string;
}

export interface InvalidAliasNameException {
  message?: string;
}

export interface InvalidArnException {
  message?: string;
}

export interface InvalidCiphertextException {
  message?: string;
}

export interface InvalidGrantIdException {
  message?: string;
}

export interface InvalidGrantTokenException {
  message?: string;
}

export interface InvalidImportTokenException {
  message?: string;
}

export interface InvalidKeyUsageException {
  message?: string;
}

export interface InvalidMarkerException {
  message?: string;
}

export interface KMSInternalException {
  message?: string;
}

export interface KMSInvalidMacException {
  message?: string;
}

export interface KMSInvalidSignatureException {
  message?: string;
}

export interface KMSInvalidStateException {
  message?: string;
}

export interface KeyUnavailableException {
  message?: string;
}

export interface LimitExceededException {
  message?: string;
}

export interface MalformedPolicyDocumentException {
  message?: string;
}

export interface NotFoundException {
  message?: string;
}

export interface TagException {
  message?: string;
}

export interface UnsupportedOperationException {
  message?: string;
}

export interface XksKeyAlreadyInUseException {
  message?: string;
}

export interface XksKeyInvalidConfigurationException {
  message?: string;
}

export interface XksKeyNotFoundException {
  message?: string;
}

export interface XksProxyIncorrectAuthenticationCredentialException {
  message?: string;
}

export interface XksProxyInvalidConfigurationException {
  message?: string;
}

export interface XksProxyInvalidResponseException {
  message?: string;
}

export interface XksProxyUriEndpointInUseException {
  message?: string;
}

export interface XksProxyUriInUseException {
  message?: string;
}

export interface XksProxyUriUnreachableException {
  message?: string;
}

export interface XksProxyVpcEndpointServiceInUseException {
  message?: string;
}

export interface XksProxyVpcEndpointServiceInvalidConfigurationException {
  message?: string;
}

export interface XksProxyVpcEndpointServiceNotFoundException {
  message?: string;
}

export interface XksProxyAuthenticationCredentialType {
  AccessKeyId: string;
  RawSecretAccessKey: string;
}

export interface GrantConstraints {
  EncryptionContextEquals?: Record<string, string>;
  EncryptionContextSubset?: Record<string, string>;
}

export interface TagShape {
  TagKey: string;
  TagValue: string;
}

export interface KeyMetadata {
  AWSAccountId?: string;
  Arn?: string;
  CloudHsmClusterId?: string;
  CreationDate?: Date;
  CurrentKeyMaterialId?: string;
  CustomKeyStoreId?: string;
  CustomerMasterKeySpec?: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2";
  DeletionDate?: Date;
  Description?: string;
  Enabled?: boolean;
  EncryptionAlgorithms?: Array<"SYMMETRIC_DEFAULT" | "RSAES_OAEP_SHA_1" | "RSAES_OAEP_SHA_256" | "SM2PKE">;
  ExpirationModel?: "KEY_MATERIAL_EXPIRES" | "KEY_MATERIAL_DOES_NOT_EXPIRE";
  KeyAgreementAlgorithms?: Array<"ECDH">;
  KeyId: string;
  KeyManager?: "AWS" | "CUSTOMER";
  KeySpec?: "RSA_2048" | "RSA_3072" | "RSA_4096" | "ECC_NIST_P256" | "ECC_NIST_P384" | "ECC_NIST_P521" | "ECC_SECG_P256K1" | "SYMMETRIC_DEFAULT" | "HMAC_224" | "HMAC_256" | "HMAC_384" | "HMAC_512" | "SM2" | "ML_DSA_44" | "ML_DSA_65" | "ML_DSA_87" | "ECC_NIST_EDWARDS25519";
  KeyState?: "Creating" | "Enabled" | "Disabled" | "PendingDeletion" | "PendingImport" | "PendingReplicaDeletion" | "Unavailable" | "Updating";
  KeyUsage?: "SIGN_VERIFY" | "ENCRYPT_DECRYPT" | "GENERATE_VERIFY_MAC" | "KEY_AGREEMENT";
  MacAlgorithms?: Array<"HMAC_SHA_224" | "HMAC_SHA_256" | "HMAC_SHA_384" | "HMAC_SHA_512">;
  MultiRegion?: boolean;
  MultiRegionConfiguration?: MultiRegionConfiguration;
  Origin?: "AWS_KMS" | "EXTERNAL" | "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";
  PendingDeletionWindowInDays?: number;
  SigningAlgorithms?: Array<"RSASSA_PSS_SHA_256" | "RSASSA_PSS_SHA_384" | "RSASSA_PSS_SHA_512" | "RSASSA_PKCS1_V1_5_SHA_256" | "RSASSA_PKCS1_V1_5_SHA_384" | "RSASSA_PKCS1_V1_5_SHA_512" | "ECDSA_SHA_256" | "ECDSA_SHA_384" | "ECDSA_SHA_512" | "SM2DSA" | "ML_DSA_SHAKE_256" | "ED25519_SHA_512" | "ED25519_PH_SHA_512">;
  ValidTo?: Date;
  XksKeyConfiguration?: XksKeyConfigurationType;
}

export interface RecipientInfo {
  AttestationDocument?: Buffer;
  KeyEncryptionAlgorithm?: "RSAES_OAEP_SHA_256";
}

export interface CustomKeyStoresListEntry {
  CloudHsmClusterId?: string;
  ConnectionErrorCode?: "INVALID_CREDENTIALS" | "CLUSTER_NOT_FOUND" | "NETWORK_ERRORS" | "INTERNAL_ERROR" | "INSUFFICIENT_CLOUDHSM_HSMS" | "USER_LOCKED_OUT" | "USER_NOT_FOUND" | "USER_LOGGED_IN" | "SUBNET_NOT_FOUND" | "INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET" | "XKS_PROXY_ACCESS_DENIED" | "XKS_PROXY_NOT_REACHABLE" | "XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND" | "XKS_PROXY_INVALID_RESPONSE" | "XKS_PROXY_INVALID_CONFIGURATION" | "XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION" | "XKS_PROXY_TIMED_OUT" | "XKS_PROXY_INVALID_TLS_CONFIGURATION";
  ConnectionState?: "CONNECTED" | "CONNECTING" | "FAILED" | "DISCONNECTED" | "DISCONNECTING";
  CreationDate?: Date;
  CustomKeyStoreId?: string;
  CustomKeyStoreName?: string;
  CustomKeyStoreType?: "AWS_CLOUDHSM" | "EXTERNAL_KEY_STORE";
  TrustAnchorCertificate?: string;
  XksProxyConfiguration?: XksProxyConfigurationType;
}

export interface KeyLastUsageData {
  CloudTrailEventId?: string;
  KmsRequestId?: string;
  Operation?: "Decrypt" | "DeriveSharedSecret" | "Encrypt" | "GenerateDataKey" | "GenerateDataKeyPair" | "GenerateDataKeyPairWithoutPlaintext" | "GenerateDataKeyWithoutPlaintext" | "GenerateMac" | "ReEncrypt" | "Sign" | "Verify" | "VerifyMac";
  Timestamp?: Date;
}

export interface AliasListEntry {
  AliasArn?: string;
  AliasName?: string;
  CreationDate?: Date;
  LastUpdatedDate?: Date;
  TargetKeyId?: string;
}

export interface GrantListEntry {
  Constraints?: GrantConstraints;
  CreationDate?: Date;
  GrantId?: string;
  GranteePrincipal?: string;
  IssuingAccount?: string;
  KeyId?: string;
  Name?: string;
  Operations?: Array<"Decrypt" | "Encrypt" | "GenerateDataKey" | "GenerateDataKeyWithoutPlaintext" | "ReEncryptFrom" | "ReEncryptTo" | "Sign" | "Verify" | "GetPublicKey" | "CreateGrant" | "RetireGrant" | "DescribeKey" | "GenerateDataKeyPair" | "GenerateDataKeyPairWithoutPlaintext" | "GenerateMac" | "VerifyMac" | "DeriveSharedSecret">;
  RetiringPrincipal?: string;
}

export interface RotationsListEntry {
  ExpirationModel?: "KEY_MATERIAL_EXPIRES" | "KEY_MATERIAL_DOES_NOT_EXPIRE";
  ImportState?: "IMPORTED" | "PENDING_IMPORT";
  KeyId?: string;
  KeyMaterialDescription?: string;
  KeyMaterialId?: string;
  KeyMaterialState?: "NON_CURRENT" | "CURRENT" | "PENDING_ROTATION" | "PENDING_MULTI_REGION_IMPORT_AND_ROTATION";
  RotationDate?: Date;
  RotationType?: "AUTOMATIC" | "ON_DEMAND";
  ValidTo?: Date;
}

export interface KeyListEntry {
  KeyArn?: string;
  KeyId?: string;
}

export interface MultiRegionConfiguration {
  MultiRegionKeyType?: "PRIMARY" | "REPLICA";
  PrimaryKey?: MultiRegionKey;
  ReplicaKeys?: Array<MultiRegionKey>;
}

export interface XksKeyConfigurationType {
  Id?: string;
}

export interface XksProxyConfigurationType {
  AccessKeyId?: string;
  Connectivity?: "PUBLIC_ENDPOINT" | "VPC_ENDPOINT_SERVICE";
  UriEndpoint?: string;
  UriPath?: string;
  VpcEndpointServiceName?: string;
  VpcEndpointServiceOwner?: string;
}

export interface MultiRegionKey {
  Arn?: string;
  Region?: string;
}

/** Every operation of AWS Key Management Service; a provider implements the ones it serves. */
export interface KmsOperations {
  CancelKeyDeletion(input: CancelKeyDeletionRequest, context: RequestContext): CancelKeyDeletionResponse | Promise<CancelKeyDeletionResponse>;
  ConnectCustomKeyStore(input: ConnectCustomKeyStoreRequest, context: RequestContext): ConnectCustomKeyStoreResponse | Promise<ConnectCustomKeyStoreResponse>;
  CreateAlias(input: CreateAliasRequest, context: RequestContext): void | Promise<void>;
  CreateCustomKeyStore(input: CreateCustomKeyStoreRequest, context: RequestContext): CreateCustomKeyStoreResponse | Promise<CreateCustomKeyStoreResponse>;
  CreateGrant(input: CreateGrantRequest, context: RequestContext): CreateGrantResponse | Promise<CreateGrantResponse>;
  CreateKey(input: CreateKeyRequest, context: RequestContext): CreateKeyResponse | Promise<CreateKeyResponse>;
  Decrypt(input: DecryptRequest, context: RequestContext): DecryptResponse | Promise<DecryptResponse>;
  DeleteAlias(input: DeleteAliasRequest, context: RequestContext): void | Promise<void>;
  DeleteCustomKeyStore(input: DeleteCustomKeyStoreRequest, context: RequestContext): DeleteCustomKeyStoreResponse | Promise<DeleteCustomKeyStoreResponse>;
  DeleteImportedKeyMaterial(input: DeleteImportedKeyMaterialRequest, context: RequestContext): DeleteImportedKeyMaterialResponse | Promise<DeleteImportedKeyMaterialResponse>;
  DeriveSharedSecret(input: DeriveSharedSecretRequest, context: RequestContext): DeriveSharedSecretResponse | Promise<DeriveSharedSecretResponse>;
  DescribeCustomKeyStores(input: DescribeCustomKeyStoresRequest, context: RequestContext): DescribeCustomKeyStoresResponse | Promise<DescribeCustomKeyStoresResponse>;
  DescribeKey(input: DescribeKeyRequest, context: RequestContext): DescribeKeyResponse | Promise<DescribeKeyResponse>;
  DisableKey(input: DisableKeyRequest, context: RequestContext): void | Promise<void>;
  DisableKeyRotation(input: DisableKeyRotationRequest, context: RequestContext): void | Promise<void>;
  DisconnectCustomKeyStore(input: DisconnectCustomKeyStoreRequest, context: RequestContext): DisconnectCustomKeyStoreResponse | Promise<DisconnectCustomKeyStoreResponse>;
  EnableKey(input: EnableKeyRequest, context: RequestContext): void | Promise<void>;
  EnableKeyRotation(input: EnableKeyRotationRequest, context: RequestContext): void | Promise<void>;
  Encrypt(input: EncryptRequest, context: RequestContext): EncryptResponse | Promise<EncryptResponse>;
  GenerateDataKey(input: GenerateDataKeyRequest, context: RequestContext): GenerateDataKeyResponse | Promise<GenerateDataKeyResponse>;
  GenerateDataKeyPair(input: GenerateDataKeyPairRequest, context: RequestContext): GenerateDataKeyPairResponse | Promise<GenerateDataKeyPairResponse>;
  GenerateDataKeyPairWithoutPlaintext(input: GenerateDataKeyPairWithoutPlaintextRequest, context: RequestContext): GenerateDataKeyPairWithoutPlaintextResponse | Promise<GenerateDataKeyPairWithoutPlaintextResponse>;
  GenerateDataKeyWithoutPlaintext(input: GenerateDataKeyWithoutPlaintextRequest, context: RequestContext): GenerateDataKeyWithoutPlaintextResponse | Promise<GenerateDataKeyWithoutPlaintextResponse>;
  GenerateMac(input: GenerateMacRequest, context: RequestContext): GenerateMacResponse | Promise<GenerateMacResponse>;
  GenerateRandom(input: GenerateRandomRequest, context: RequestContext): GenerateRandomResponse | Promise<GenerateRandomResponse>;
  GetKeyLastUsage(input: GetKeyLastUsageRequest, context: RequestContext): GetKeyLastUsageResponse | Promise<GetKeyLastUsageResponse>;
  GetKeyPolicy(input: GetKeyPolicyRequest, context: RequestContext): GetKeyPolicyResponse | Promise<GetKeyPolicyResponse>;
  GetKeyRotationStatus(input: GetKeyRotationStatusRequest, context: RequestContext): GetKeyRotationStatusResponse | Promise<GetKeyRotationStatusResponse>;
  GetParametersForImport(input: GetParametersForImportRequest, context: RequestContext): GetParametersForImportResponse | Promise<GetParametersForImportResponse>;
  GetPublicKey(input: GetPublicKeyRequest, context: RequestContext): GetPublicKeyResponse | Promise<GetPublicKeyResponse>;
  ImportKeyMaterial(input: ImportKeyMaterialRequest, context: RequestContext): ImportKeyMaterialResponse | Promise<ImportKeyMaterialResponse>;
  ListAliases(input: ListAliasesRequest, context: RequestContext): ListAliasesResponse | Promise<ListAliasesResponse>;
  ListGrants(input: ListGrantsRequest, context: RequestContext): ListGrantsResponse | Promise<ListGrantsResponse>;
  ListKeyPolicies(input: ListKeyPoliciesRequest, context: RequestContext): ListKeyPoliciesResponse | Promise<ListKeyPoliciesResponse>;
  ListKeyRotations(input: ListKeyRotationsRequest, context: RequestContext): ListKeyRotationsResponse | Promise<ListKeyRotationsResponse>;
  ListKeys(input: ListKeysRequest, context: RequestContext): ListKeysResponse | Promise<ListKeysResponse>;
  ListResourceTags(input: ListResourceTagsRequest, context: RequestContext): ListResourceTagsResponse | Promise<ListResourceTagsResponse>;
  ListRetirableGrants(input: ListRetirableGrantsRequest, context: RequestContext): ListGrantsResponse | Promise<ListGrantsResponse>;
  PutKeyPolicy(input: PutKeyPolicyRequest, context: RequestContext): void | Promise<void>;
  ReEncrypt(input: ReEncryptRequest, context: RequestContext): ReEncryptResponse | Promise<ReEncryptResponse>;
  ReplicateKey(input: ReplicateKeyRequest, context: RequestContext): ReplicateKeyResponse | Promise<ReplicateKeyResponse>;
  RetireGrant(input: RetireGrantRequest, context: RequestContext): void | Promise<void>;
  RevokeGrant(input: RevokeGrantRequest, context: RequestContext): void | Promise<void>;
  RotateKeyOnDemand(input: RotateKeyOnDemandRequest, context: RequestContext): RotateKeyOnDemandResponse | Promise<RotateKeyOnDemandResponse>;
  ScheduleKeyDeletion(input: ScheduleKeyDeletionRequest, context: RequestContext): ScheduleKeyDeletionResponse | Promise<ScheduleKeyDeletionResponse>;
  Sign(input: SignRequest, context: RequestContext): SignResponse | Promise<SignResponse>;
  TagResource(input: TagResourceRequest, context: RequestContext): void | Promise<void>;
  UntagResource(input: UntagResourceRequest, context: RequestContext): void | Promise<void>;
  UpdateAlias(input: UpdateAliasRequest, context: RequestContext): void | Promise<void>;
  UpdateCustomKeyStore(input: UpdateCustomKeyStoreRequest, context: RequestContext): UpdateCustomKeyStoreResponse | Promise<UpdateCustomKeyStoreResponse>;
  UpdateKeyDescription(input: UpdateKeyDescriptionRequest, context: RequestContext): void | Promise<void>;
  UpdatePrimaryRegion(input: UpdatePrimaryRegionRequest, context: RequestContext): void | Promise<void>;
  Verify(input: VerifyRequest, context: RequestContext): VerifyResponse | Promise<VerifyResponse>;
  VerifyMac(input: VerifyMacRequest, context: RequestContext): VerifyMacResponse | Promise<VerifyMacResponse>;
}
