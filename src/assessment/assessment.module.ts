import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { PhasesModule } from '../phases/phases.module.js';
import { ProceduresModule } from '../procedures/procedures.module.js';
import { AssessmentController, ResultsController } from './assessment.controller.js';
import { AssessmentRepository } from './assessment.repository.js';
import { AssessmentService } from './assessment.service.js';
import { ResponseTemplatesService } from './response-templates.service.js';
import { StatementGroupsRepository } from './statement-groups.repository.js';
import { StatementGroupsService } from './statement-groups.service.js';
import { StatementsModule } from '../statements/statements.module.js';
import { Assessment } from './entities/assessment.entity.js';
import { ResponseTemplate } from './entities/response-template.entity.js';
import { ResultLetter } from './entities/result-letter.entity.js';
import { StatementGroup } from './entities/statement-group.entity.js';
import { ExportsRepository } from './exports.repository.js';
import { ExportsService } from './exports.service.js';
import { ResultLettersRepository } from './result-letters.repository.js';
import { ResultLettersService } from './result-letters.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([Assessment, StatementGroup, ResponseTemplate, ResultLetter]),
    AuditModule,
    AuthModule,
    NotificationsModule,
    PhasesModule,
    ProceduresModule,
    StatementsModule,
  ],
  controllers: [AssessmentController, ResultsController],
  providers: [
    AssessmentRepository,
    AssessmentService,
    StatementGroupsRepository,
    StatementGroupsService,
    ResponseTemplatesService,
    ExportsService,
    ExportsRepository,
    ResultLettersRepository,
    ResultLettersService,
  ],
  exports: [AssessmentService, ResultLettersService],
})
export class AssessmentModule {}
