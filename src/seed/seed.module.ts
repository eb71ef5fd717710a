import { Module } from '@nestjs/common';
import { AssessmentModule } from '../assessment/assessment.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { PhasesModule } from '../phases/phases.module.js';
import { ProceduresModule } from '../procedures/procedures.module.js';
import { StatementsModule } from '../statements/statements.module.js';
import { UsersModule } from '../users/users.module.js';
import { DemoContent } from './demo-content.js';
import { SeedService } from './seed.service.js';

@Module({
  imports: [
    ProceduresModule,
    PhasesModule,
    UsersModule,
    StatementsModule,
    ModerationModule,
    AssessmentModule,
  ],
  providers: [SeedService, DemoContent],
})
export class SeedModule {}
