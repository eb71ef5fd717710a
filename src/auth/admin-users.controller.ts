import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../common/openapi.js';
import { ParseIdPipe } from '../common/validation.js';
import { UsersService } from '../users/users.service.js';
import { AuthService } from './auth.service.js';
import { Roles } from '../common/decorators.js';
import { AdminUserDto, AdminUserListDto, ListUsersQuery, SetRolesDto } from './dto/auth.dto.js';

@ApiTags('admin')
@Controller('admin/users')
@Roles('admin')
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List users (admin)' })
  @ApiOkResponse({ type: AdminUserListDto })
  async list(@Query() query: ListUsersQuery): Promise<AdminUserListDto> {
    const { items, total } = await this.users.list({
      q: query.q,
      role: query.role,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    return { items: items.map((u) => AdminUserDto.from(u)), total };
  }

  @Put(':id/roles')
  @ApiOperation({ summary: 'Grant and revoke roles (admin)' })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblemResponses(400, 404)
  async setRoles(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: SetRolesDto,
  ): Promise<AdminUserDto> {
    return AdminUserDto.from(await this.auth.setRoles(id, dto.roles));
  }

  @Post(':id/deactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Deactivate a user; their sessions end at once (admin)' })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblemResponses(404)
  async deactivate(@Param('id', ParseIdPipe) id: string): Promise<AdminUserDto> {
    return AdminUserDto.from(await this.auth.setActive(id, false));
  }

  @Post(':id/activate')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Activate a user again (admin)' })
  @ApiOkResponse({ type: AdminUserDto })
  @ApiProblemResponses(404)
  async activate(@Param('id', ParseIdPipe) id: string): Promise<AdminUserDto> {
    return AdminUserDto.from(await this.auth.setActive(id, true));
  }
}
