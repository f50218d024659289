import { buildFederatedSchema } from '@jingtong/kit';
import { BusinessClassesResolver } from '../resolvers/business-classes.resolver.js';
import { BusinessDraftFieldsResolver, BusinessFieldsResolver } from '../resolvers/business-fields.resolver.js';
import { BusinessesResolver } from '../resolvers/businesses.resolver.js';
import { CataloguesResolver } from '../resolvers/catalogues.resolver.js';
import { DraftsResolver } from '../resolvers/drafts.resolver.js';
import { VersionsResolver } from '../resolvers/versions.resolver.js';

export const buildAffairsSchema = () =>
  buildFederatedSchema({
    resolvers: [BusinessClassesResolver, BusinessesResolver, BusinessFieldsResolver, BusinessDraftFieldsResolver, DraftsResolver, VersionsResolver, CataloguesResolver],
    auditTrail: 'affairs',
    jobQueue: 'affairs',
  });
